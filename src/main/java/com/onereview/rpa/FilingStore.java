package com.onereview.rpa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each approved case's filing ({@code case_filing}): what to file, where it stands, the portal's evidence. */
@Component
class FilingStore {

	enum State {
		QUEUED, FILED, REFUSED, HALTED
	}

	/** A case's filing as the API shows it. */
	record Row(String caseId, State state, String filingJson, int attempts, String receiptNo, Boolean alreadyFiled,
			String evidenceSha256, String lastError, Instant queuedAt, Instant finishedAt) {
	}

	private final JdbcClient jdbc;

	FilingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues the case's filing, again after a refusal or halt (with the newly verified values). */
	void queue(String caseId, String filingJson, Instant now) {
		int updated = jdbc.sql("UPDATE case_filing SET state = 'QUEUED', filing_json = ?, queued_at = ?, "
				+ "finished_at = NULL, last_error = NULL WHERE case_id = ? AND state <> 'FILED'")
			.params(filingJson, ts(now), caseId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO case_filing (case_id, state, filing_json, queued_at) SELECT ?, 'QUEUED', ?, ? "
					+ "WHERE NOT EXISTS (SELECT 1 FROM case_filing WHERE case_id = ?)")
				.params(caseId, filingJson, ts(now), caseId)
				.update();
		}
	}

	Optional<Row> find(String caseId) {
		return jdbc.sql("SELECT case_id, state, filing_json, attempts, receipt_no, already_filed, evidence_sha256, "
				+ "last_error, queued_at, finished_at FROM case_filing WHERE case_id = ?")
			.param(caseId)
			.query((rs, n) -> new Row(rs.getString(1), State.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
					rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9).toInstant(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.optional();
	}

	Optional<byte[]> evidence(String caseId) {
		return jdbc.sql("SELECT evidence FROM case_filing WHERE case_id = ? AND evidence IS NOT NULL")
			.param(caseId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	int attempt(String caseId) {
		jdbc.sql("UPDATE case_filing SET attempts = attempts + 1 WHERE case_id = ?").param(caseId).update();
		return find(caseId).map(Row::attempts).orElse(0);
	}

	void filed(String caseId, FilingReceipt receipt, String sha256, Instant now) {
		finish(caseId, State.FILED, receipt.screenshot(), sha256, null, now);
		jdbc.sql("UPDATE case_filing SET receipt_no = ?, already_filed = ? WHERE case_id = ?")
			.params(receipt.receiptNo(), receipt.alreadyFiled(), caseId)
			.update();
	}

	void finish(String caseId, State state, byte[] evidence, String sha256, String error, Instant now) {
		jdbc.sql("UPDATE case_filing SET state = ?, evidence = ?, evidence_sha256 = ?, last_error = ?, finished_at = ? "
				+ "WHERE case_id = ?")
			.params(state.name(), evidence, sha256, truncate(error), ts(now), caseId)
			.update();
	}

	void error(String caseId, String error, byte[] evidence) {
		jdbc.sql("UPDATE case_filing SET last_error = ?, evidence = ? WHERE case_id = ?")
			.params(truncate(error), evidence, caseId)
			.update();
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}
}
