package com.onereview.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fields of cases: machine reading, current value and verification status. */
@Repository
class FieldStore {

	private static final String COLUMNS = "case_id, document_id, field_key, machine_value, machine_confidence, "
			+ "machine_source, box_json, issues_json, current_value, source, status, rekeyed_value, active_seconds";

	private final JdbcClient jdbc;

	FieldStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FieldRow field) {
		jdbc.sql("INSERT INTO case_field (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(field.caseId(), field.documentId(), field.key(), field.machineValue(), field.machineConfidence(),
					field.machineSource(), field.boxJson(), field.issuesJson(), field.value(), field.source(),
					field.status().name(), field.rekeyedValue())
			.update();
	}

	List<FieldRow> ofCase(String caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_field WHERE case_id = ? ORDER BY document_id, field_key")
			.param(caseId)
			.query(FieldStore::row)
			.list();
	}

	Optional<FieldRow> find(String caseId, String documentId, String key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM case_field WHERE case_id = ? AND document_id = ? AND field_key = ?")
			.params(caseId, documentId, key)
			.query(FieldStore::row)
			.optional();
	}

	boolean hasFields(String caseId, String documentId) {
		return jdbc.sql("SELECT COUNT(*) FROM case_field WHERE case_id = ? AND document_id = ?")
			.params(caseId, documentId).query(Integer.class).single() > 0;
	}

	/** Sets value, source and status, only from the status the caller saw (a lost race changes nothing). */
	boolean update(FieldRow field, FieldStatus expected, String value, String source, FieldStatus status,
			String rekeyedValue, String user, Instant now) {
		return jdbc.sql("UPDATE case_field SET current_value = ?, source = ?, status = ?, rekeyed_value = ?, updated_by = ?, "
				+ "updated_at = ? WHERE case_id = ? AND document_id = ? AND field_key = ? AND status = ?")
			.params(value, source, status.name(), rekeyedValue, user, Timestamp.from(now), field.caseId(),
					field.documentId(), field.key(), expected.name())
			.update() == 1;
	}

	void addActiveSeconds(String caseId, String documentId, String key, long seconds) {
		jdbc.sql("UPDATE case_field SET active_seconds = active_seconds + ? WHERE case_id = ? AND document_id = ? "
				+ "AND field_key = ?")
			.params(seconds, caseId, documentId, key)
			.update();
	}

	void deleteOfDocument(String caseId, String documentId) {
		jdbc.sql("DELETE FROM case_field WHERE case_id = ? AND document_id = ?").params(caseId, documentId).update();
	}

	private static FieldRow row(ResultSet rs, int n) throws SQLException {
		return new FieldRow(rs.getString("case_id"), rs.getString("document_id"), rs.getString("field_key"),
				rs.getString("machine_value"), (Double) rs.getObject("machine_confidence", Double.class),
				rs.getString("machine_source"), rs.getString("box_json"), rs.getString("issues_json"),
				rs.getString("current_value"), rs.getString("source"), FieldStatus.valueOf(rs.getString("status")),
				rs.getString("rekeyed_value"), rs.getLong("active_seconds"));
	}
}
