package com.onereview.metrics;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import com.onereview.security.Role;
import com.onereview.security.UserAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seeded month with known answers: five verifiers at branches M01 and M02 decide fifteen cases on 2 and 3
 * November 2026 (Asia/Shanghai) with chosen handling times and corrections; 周明 … 孙燕, and 孙燕 (yan) approves
 * everything in well under a minute without a correction: the rubber stamp. One more case is decided at
 * 00:30 on 5 November in Shanghai, which is still 4 November in UTC: outside a range ending on the 4th.
 * The expected figures are worked out by hand in {@code MetricsSummaryIT}. Seeded once per database: the
 * integration tests share one, so the cases belong to a teller of their own ({@code mteller}, no account) and
 * stay out of other tests' lists.
 */
final class MetricsScenario {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String FROM = "2026-11-02";

	static final String TO = "2026-11-04";

	static final List<String[]> VERIFIERS = List.of(new String[] { "ming", "复核员 周明" },
			new String[] { "hong", "复核员 林红" }, new String[] { "jun", "复核员 吴军" },
			new String[] { "lei", "复核员 郑雷" }, new String[] { "yan", "复核员 孙燕" });

	static final String[] LICENSE = { "creditCode", "companyName", "address", "registeredCapital" };

	static final String[] VOUCHER = { "amount", "payerAccount", "payeeName", "voucherDate" };

	/** id, verifier, kind, branch, decided (Shanghai), decision, reason, handling s, corrected keys, SLA (met/late/none). */
	static final List<Object[]> CASES = List.of(
			decided("m-a1", "ming", "ACCOUNT_OPENING", "M01", "2026-11-02T10:00", "APPROVE", null, 200, "met", "companyName", "address"),
			decided("m-a2", "ming", "ACCOUNT_OPENING", "M01", "2026-11-02T10:10", "APPROVE", null, 240, "none"),
			decided("m-a3", "ming", "VOUCHER_ENTRY", "M01", "2026-11-03T10:00", "REJECT", "FORGED_DOCUMENT", 280, "met"),
			decided("m-b1", "hong", "ACCOUNT_OPENING", "M01", "2026-11-02T10:20", "APPROVE", null, 220, "met", "companyName"),
			decided("m-b2", "hong", "VOUCHER_ENTRY", "M02", "2026-11-03T10:10", "APPROVE", null, 260, "met"),
			decided("m-b3", "hong", "ACCOUNT_OPENING", "M01", "2026-11-03T10:20", "RETURN", "DOCUMENT_UNREADABLE", 300, "late"),
			decided("m-c1", "jun", "ACCOUNT_OPENING", "M01", "2026-11-02T10:30", "APPROVE", null, 180, "met", "address"),
			decided("m-c2", "jun", "ACCOUNT_OPENING", "M01", "2026-11-03T10:30", "APPROVE", null, 250, "met", "registeredCapital"),
			decided("m-c3", "jun", "VOUCHER_ENTRY", "M01", "2026-11-03T10:40", "RETURN", "DOCUMENT_UNREADABLE", 320, "late"),
			decided("m-d1", "lei", "VOUCHER_ENTRY", "M02", "2026-11-02T10:40", "APPROVE", null, 230, "met", "amount", "payerAccount"),
			decided("m-d2", "lei", "ACCOUNT_OPENING", "M01", "2026-11-03T10:50", "APPROVE", null, 270, "met", "companyName"),
			decided("m-d3", "lei", "ACCOUNT_OPENING", "M01", "2026-11-03T11:00", "REJECT", "NOT_ELIGIBLE", 290, "met"),
			decided("m-e1", "yan", "ACCOUNT_OPENING", "M01", "2026-11-02T10:50", "APPROVE", null, 30, "met"),
			decided("m-e2", "yan", "ACCOUNT_OPENING", "M01", "2026-11-03T11:10", "APPROVE", null, 40, "met"),
			decided("m-e3", "yan", "VOUCHER_ENTRY", "M01", "2026-11-03T11:20", "APPROVE", null, 50, "late"),
			decided("m-x1", "ming", "ACCOUNT_OPENING", "M01", "2026-11-05T00:30", "APPROVE", null, 100, "met", "address"));

	private MetricsScenario() {
	}

	private static Object[] decided(String id, String verifier, String kind, String branch, String decided,
			String decision, String reason, int handling, String sla, String... corrected) {
		return new Object[] { id, verifier, kind, branch, LocalDateTime.parse(decided).atZone(ZONE).toInstant(), decision,
				reason, handling, sla, List.of(corrected) };
	}

	/** Seeds the users and cases unless this database has them. */
	static synchronized void seed(JdbcClient jdbc, UserAccounts users) {
		for (String[] verifier : VERIFIERS) {
			users.createIfAbsent(verifier[0], verifier[0] + "123", verifier[1], Role.VERIFIER, "BO001", "运营中心");
		}
		if (jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE id = 'm-a1'").query(Integer.class).single() > 0) {
			return;
		}
		for (Object[] c : CASES) {
			Instant decided = (Instant) c[4];
			Instant received = decided.minus(Duration.ofHours(3));
			String documentId = document(jdbc, (String) c[0], received,
					"ACCOUNT_OPENING".equals(c[2]) ? "BUSINESS_LICENSE" : "BANK_VOUCHER");
			String sla = (String) c[8];
			Instant due = switch (sla) {
				case "met" -> decided.plus(Duration.ofHours(1));
				case "late" -> decided.minus(Duration.ofHours(1));
				default -> null;
			};
			String decision = (String) c[5];
			String state = switch (decision) {
				case "APPROVE" -> "APPROVED";
				case "RETURN" -> "RETURNED";
				default -> "REJECTED";
			};
			jdbc.sql("INSERT INTO verification_case (id, state, kind, document_type, branch, created_by, created_at, "
					+ "updated_at, sla_due_at, submitted_at, decided_by, decided_at, decision, reason_code, active_seconds) "
					+ "VALUES (?, ?, ?, ?, ?, 'mteller', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(c[0], state, c[2], "ACCOUNT_OPENING".equals(c[2]) ? "BUSINESS_LICENSE" : "BANK_VOUCHER", c[3],
						ts(received), ts(decided), ts(due), ts(received.plus(Duration.ofMinutes(5))), c[1], ts(decided),
						decision, c[6], c[7])
				.update();
			jdbc.sql("INSERT INTO case_document (case_id, document_id, position, uploaded_by, attached_by, attached_at) "
					+ "VALUES (?, ?, 0, 'mteller', 'mteller', ?)").params(c[0], documentId, ts(received)).update();
			audit(jdbc, (String) c[0], decided.minusSeconds((Integer) c[7] + 60L), (String) c[1], "CLAIMED");
			audit(jdbc, (String) c[0], decided, (String) c[1], state);
			fields(jdbc, c, documentId);
		}
	}

	private static String document(JdbcClient jdbc, String caseId, Instant received, String type) {
		String documentId = caseId + "-doc";
		String sha = HexFormat.of().formatHex(documentId.getBytes(StandardCharsets.UTF_8));
		sha = (sha + "0".repeat(64)).substring(0, 64);
		jdbc.sql("INSERT INTO stored_content (sha256, size_bytes, media_type, content, created_at) VALUES (?, 1, "
				+ "'image/png', ?, ?)").params(sha, new byte[] { 1 }, ts(received)).update();
		jdbc.sql("INSERT INTO document (id, sha256, file_name, media_type, size_bytes, status, document_type, page_count, "
				+ "uploaded_by, uploaded_at, processing_started_at, finished_at) VALUES (?, ?, ?, 'image/png', 1, "
				+ "'EXTRACTED', ?, 1, 'mteller', ?, ?, ?)")
			.params(documentId, sha, caseId + ".png", type, ts(received), ts(received), ts(received.plusSeconds(20)))
			.update();
		return documentId;
	}

	@SuppressWarnings("unchecked")
	private static void fields(JdbcClient jdbc, Object[] c, String documentId) {
		List<String> corrected = (List<String>) c[9];
		for (String key : "ACCOUNT_OPENING".equals(c[2]) ? LICENSE : VOUCHER) {
			String machine = key + " as read";
			boolean fixed = corrected.contains(key);
			jdbc.sql("INSERT INTO case_field (case_id, document_id, field_key, machine_value, machine_confidence, "
					+ "machine_source, current_value, source, status, active_seconds) VALUES (?, ?, ?, ?, 0.95, 'OCR', ?, ?, "
					+ "?, 0)")
				.params(c[0], documentId, key, machine, fixed ? key + " as typed" : machine, fixed ? "USER" : "OCR",
						fixed ? "CORRECTED" : "CONFIRMED")
				.update();
			if (fixed) {
				audit(jdbc, (String) c[0], ((Instant) c[4]).minusSeconds(30), (String) c[1], "FIELD_CORRECTED");
			}
		}
	}

	private static void audit(JdbcClient jdbc, String caseId, Instant at, String actor, String action) {
		jdbc.sql("INSERT INTO audit_event (case_id, at, actor, action) VALUES (?, ?, ?, ?)")
			.params(caseId, ts(at), actor, action)
			.update();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
