package com.onereview.verification.web;

import java.util.List;

import com.onereview.verification.AuditEntry;

/** The audit trail as CSV (RFC 4180), with a BOM so that spreadsheet programs read the Chinese right. */
final class AuditCsv {

	private AuditCsv() {
	}

	static String of(List<AuditEntry> events) {
		StringBuilder csv = new StringBuilder("\uFEFFid,at,actor,action,documentId,fieldKey,oldValue,newValue,source,detail\r\n");
		for (AuditEntry e : events) {
			csv.append(String.join(",", List.of(String.valueOf(e.id()), e.at().toString(), cell(e.actor()),
					e.action().name(), cell(e.documentId()), cell(e.fieldKey()), cell(e.oldValue()), cell(e.newValue()),
					cell(e.source()), cell(e.detail()))))
				.append("\r\n");
		}
		return csv.toString();
	}

	/** Quoted; OCR text is untrusted, so a leading formula character is neutralised. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
