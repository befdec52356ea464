package com.onereview.metrics.web;

import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

import com.onereview.metrics.CaseFacts;
import com.onereview.verification.CaseKind;

/** The per-case facts as CSV (RFC 4180), with a BOM so that spreadsheet programs read the Chinese right. */
final class FactsCsv {

	static final String HEADER = "caseId,kind,branch,receivedAt,extractedAt,submittedAt,claimedAt,decidedAt,filedAt,"
			+ "decidedBy,decision,reasonCode,handlingSeconds,baselineSeconds,savedSeconds,fields,correctedFields,"
			+ "correctedKeys,slaDueAt,slaMet";

	private FactsCsv() {
	}

	static String of(List<CaseFacts> facts, ToLongFunction<CaseKind> baseline) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (CaseFacts f : facts) {
			long base = baseline.applyAsLong(f.kind());
			csv.append(String.join(",", List.of(cell(f.caseId()), f.kind() == null ? "" : f.kind().name(),
					cell(f.branch()), time(f.receivedAt()), time(f.extractedAt()), time(f.submittedAt()),
					time(f.claimedAt()), time(f.decidedAt()), time(f.filedAt()), cell(f.decidedBy()),
					f.decision().name(), cell(f.reasonCode()), String.valueOf(f.handlingSeconds()), String.valueOf(base),
					String.valueOf(base - f.handlingSeconds()), String.valueOf(f.fields()),
					String.valueOf(f.correctedFields().size()), cell(String.join(";", f.correctedFields())),
					time(f.slaDueAt()), f.slaMet() == null ? "" : f.slaMet().toString())))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String time(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** Quoted; a leading formula character is neutralised, as in the audit export. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
