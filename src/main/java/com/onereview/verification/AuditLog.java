package com.onereview.verification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail of cases: this class only ever inserts into {@code audit_event}, in the
 * transaction of the change it records.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String caseId, String actor, AuditAction action, String detail) {
		record(caseId, actor, action, null, null, null, null, null, detail);
	}

	void record(String caseId, String actor, AuditAction action, String documentId, String fieldKey, String oldValue,
			String newValue, String source, String detail) {
		jdbc.sql("INSERT INTO audit_event (case_id, at, actor, action, document_id, field_key, old_value, new_value, "
				+ "source, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(caseId, Timestamp.from(Instant.now()), actor, action.name(), documentId, fieldKey, oldValue, newValue,
					source, detail)
			.update();
	}

	/**
	 * A form filled for the case ({@link AuditAction#FORM_FILLED}, its SHA-256 as the new value) or not
	 * ({@link AuditAction#FORM_FAILED}, the reason as detail); the form id stands in the field key. Joins the
	 * caller's transaction.
	 */
	public void recordForm(String caseId, String actor, AuditAction action, String formId, String sha256,
			String detail) {
		if (action != AuditAction.FORM_FILLED && action != AuditAction.FORM_FAILED) {
			throw new IllegalArgumentException("not a form event: " + action);
		}
		record(caseId, actor, action, null, formId, null, sha256, null, detail);
	}

	/** The case's events, oldest first. Access rules are the caller's ({@link CaseQueries#audit}). */
	List<AuditEntry> events(String caseId) {
		return jdbc.sql("SELECT id, case_id, at, actor, action, document_id, field_key, old_value, new_value, source, "
				+ "detail FROM audit_event WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
			.list();
	}
}
