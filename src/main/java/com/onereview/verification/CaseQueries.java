package com.onereview.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads verification cases; claiming and deciding come with the review screens. */
@Service
public class CaseQueries {

	private static final String COLUMNS = "id, document_id, state, document_type, created_by, created_at";

	private final JdbcClient jdbc;

	CaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases in a state (all states when null), oldest first: the order they are worked in. */
	public List<CaseSummary> list(CaseState state, String createdBy) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM verification_case WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (state != null) {
			sql.append(" AND state = :state");
			params.put("state", state.name());
		}
		if (createdBy != null) {
			sql.append(" AND created_by = :createdBy");
			params.put("createdBy", createdBy);
		}
		return jdbc.sql(sql.append(" ORDER BY created_at").toString()).params(params).query(CaseQueries::summary).list();
	}

	public Optional<CaseSummary> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM verification_case WHERE id = ?")
			.param(id)
			.query(CaseQueries::summary)
			.optional();
	}

	private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
		return new CaseSummary(rs.getString("id"), rs.getString("document_id"), CaseState.valueOf(rs.getString("state")),
				rs.getString("document_type"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
