package com.onereview.forms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code case_form}: the FINAL PDF of each form of an approved case, or why it could not be filled. */
@Repository
class CaseFormStore {

	/** One row; {@code pdf} is null for FAILED rows and when listing. */
	record StoredForm(String caseId, String formId, String kind, byte[] pdf, String sha256, String error,
			Instant filledAt, String filledBy) {
	}

	private final JdbcClient jdbc;

	CaseFormStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredForm form) {
		jdbc.sql("INSERT INTO case_form (case_id, form_id, kind, pdf, sha256, error, filled_at, filled_by) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(form.caseId(), form.formId(), form.kind(), form.pdf(), form.sha256(), form.error(),
					Timestamp.from(form.filledAt()), form.filledBy())
			.update();
	}

	/** The case's stored forms without their bytes. */
	List<StoredForm> ofCase(String caseId) {
		return jdbc.sql("SELECT case_id, form_id, kind, sha256, error, filled_at, filled_by FROM case_form "
				+ "WHERE case_id = ? ORDER BY form_id")
			.param(caseId)
			.query((rs, n) -> new StoredForm(rs.getString(1), rs.getString(2), rs.getString(3), null, rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}

	Optional<byte[]> pdf(String caseId, String formId) {
		return jdbc.sql("SELECT pdf FROM case_form WHERE case_id = ? AND form_id = ? AND kind = 'FINAL'")
			.params(caseId, formId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}
}
