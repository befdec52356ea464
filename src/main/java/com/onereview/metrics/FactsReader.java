package com.onereview.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.verification.CaseKind;
import com.onereview.verification.Decision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the verification tables as a reporting model (ADR 0011): plain SQL that runs on H2 and PostgreSQL,
 * counting and grouping in the database; medians and spreads are left to Java.
 */
@Repository
class FactsReader {

	/** A field counts as corrected when its final value is not the machine's reading (a missed field too). */
	static final String CORRECTED = "COALESCE(f.current_value, '') <> COALESCE(f.machine_value, '')";

	private static final String FACTS = """
			SELECT c.id, c.kind, c.branch, c.state, c.created_at, c.submitted_at, c.decided_at, c.decided_by, c.decision,
			  c.reason_code, c.sla_due_at, c.active_seconds, c.filed_at,
			  (SELECT MIN(d.uploaded_at) FROM case_document cd JOIN document d ON d.id = cd.document_id
			    WHERE cd.case_id = c.id) AS received_at,
			  (SELECT MAX(d.finished_at) FROM case_document cd JOIN document d ON d.id = cd.document_id
			    WHERE cd.case_id = c.id) AS extracted_at,
			  (SELECT MAX(a.at) FROM audit_event a WHERE a.case_id = c.id AND a.action = 'CLAIMED'
			    AND a.at <= c.decided_at) AS claimed_at,
			  (SELECT COUNT(*) FROM case_field f WHERE f.case_id = c.id) AS field_count
			FROM verification_case c WHERE\s""";

	private final JdbcClient jdbc;

	FactsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every case decided in the range, in order of decision. */
	List<CaseFacts> decided(MetricsQuery query, ZoneId zone) {
		Filter filter = Filter.decided(query, zone);
		Map<String, List<String>> corrected = correctedKeys(filter);
		return jdbc.sql(FACTS + filter.where + " ORDER BY c.decided_at, c.id")
			.params(filter.params)
			.query((rs, n) -> facts(rs, corrected))
			.list();
	}

	/** Per field key, of the cases approved in the range: fields verified and fields corrected. */
	List<FieldCorrections> fieldCorrections(MetricsQuery query, ZoneId zone) {
		Filter filter = Filter.decided(query, zone);
		return jdbc.sql("SELECT f.field_key, COUNT(*), SUM(CASE WHEN " + CORRECTED + " THEN 1 ELSE 0 END) "
				+ "FROM case_field f JOIN verification_case c ON c.id = f.case_id WHERE c.decision = 'APPROVE' AND "
				+ filter.where + " GROUP BY f.field_key")
			.params(filter.params)
			.query((rs, n) -> new FieldCorrections(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	/** Cases waiting or in review now (of the branch and kind asked for), and the oldest submission among them. */
	QueueNow queueNow(MetricsQuery query, Instant now) {
		Filter filter = Filter.of(query, "c.state IN ('PENDING_REVIEW', 'IN_REVIEW')", new LinkedHashMap<>());
		filter.params.put("now", Timestamp.from(now));
		return jdbc.sql("SELECT COUNT(*), MIN(c.submitted_at), SUM(CASE WHEN c.sla_due_at < :now THEN 1 ELSE 0 END) "
				+ "FROM verification_case c WHERE " + filter.where)
			.params(filter.params)
			.query((rs, n) -> new QueueNow(rs.getInt(1), instant(rs, 2), rs.getInt(3)))
			.single();
	}

	/** Display names of users, for the people table. */
	Map<String, String> displayNames() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("SELECT username, display_name FROM app_user").query((rs, n) -> names.put(rs.getString(1),
				rs.getString(2))).list();
		return names;
	}

	private Map<String, List<String>> correctedKeys(Filter filter) {
		Map<String, List<String>> keys = new HashMap<>();
		jdbc.sql("SELECT f.case_id, f.field_key FROM case_field f JOIN verification_case c ON c.id = f.case_id WHERE "
				+ CORRECTED + " AND " + filter.where + " ORDER BY f.case_id, f.document_id, f.field_key")
			.params(filter.params)
			.query((rs, n) -> keys.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return keys;
	}

	private static CaseFacts facts(ResultSet rs, Map<String, List<String>> corrected) throws SQLException {
		String kind = rs.getString("kind");
		Instant decidedAt = instant(rs, "decided_at");
		Instant due = instant(rs, "sla_due_at");
		Instant created = instant(rs, "created_at");
		Instant received = instant(rs, "received_at");
		return new CaseFacts(rs.getString("id"), kind == null ? null : CaseKind.valueOf(kind), rs.getString("branch"),
				received == null ? created : received, instant(rs, "extracted_at"), instant(rs, "submitted_at"),
				instant(rs, "claimed_at"), decidedAt,
				instant(rs, "filed_at"), rs.getString("decided_by"),
				Decision.valueOf(rs.getString("decision")), rs.getString("reason_code"), rs.getLong("active_seconds"),
				rs.getInt("field_count"), List.copyOf(corrected.getOrDefault(rs.getString("id"), List.of())), due,
				due == null ? null : !decidedAt.isAfter(due));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	record FieldCorrections(String field, int verified, int corrected) {
	}

	record QueueNow(int length, Instant oldestSubmittedAt, int overdue) {
	}

	/** The WHERE clause of a query: decisions in the range, and branch and kind when asked for. */
	private record Filter(String where, Map<String, Object> params) {

		static Filter decided(MetricsQuery query, ZoneId zone) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
			params.put("until", Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
			// a filing the portal refused is back in the queue: not decided until a verifier decides it again
			return of(query, "c.decision IS NOT NULL AND c.state NOT IN ('PENDING_REVIEW', 'IN_REVIEW') "
					+ "AND c.decided_at >= :from AND c.decided_at < :until", params);
		}

		static Filter of(MetricsQuery query, String condition, Map<String, Object> params) {
			StringBuilder where = new StringBuilder(condition);
			if (query.branch() != null) {
				where.append(" AND c.branch = :branch");
				params.put("branch", query.branch());
			}
			if (query.kind() != null) {
				where.append(" AND c.kind = :kind");
				params.put("kind", query.kind().name());
			}
			return new Filter(where.toString(), params);
		}
	}
}
