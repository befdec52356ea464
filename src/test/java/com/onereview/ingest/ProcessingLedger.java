package com.onereview.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what the processing left in a test database, over plain JDBC. */
final class ProcessingLedger implements AutoCloseable {

	private final Connection connection;

	private ProcessingLedger(Connection connection) {
		this.connection = connection;
	}

	static ProcessingLedger open(Map<String, String> database) throws SQLException {
		return new ProcessingLedger(DriverManager.getConnection(database.get("spring.datasource.url"),
				database.get("spring.datasource.username"), database.get("spring.datasource.password")));
	}

	/** Outcomes of a document's processing runs in start order; a run that never finished is {@code <interrupted>}. */
	List<String> runs(String documentId) throws SQLException {
		List<String> outcomes = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT COALESCE(outcome, '<interrupted>') FROM processing_run WHERE document_id = ? ORDER BY started_at")) {
			statement.setString(1, documentId);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					outcomes.add(rs.getString(1));
				}
			}
		}
		return outcomes;
	}

	/** Instances that ran the document. */
	List<String> instances(String documentId) throws SQLException {
		List<String> instances = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT instance FROM processing_run WHERE document_id = ? ORDER BY started_at")) {
			statement.setString(1, documentId);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					instances.add(rs.getString(1));
				}
			}
		}
		return instances;
	}

	int cases(String documentId) throws SQLException {
		return count("SELECT COUNT(*) FROM verification_case c JOIN case_document cd ON cd.case_id = c.id "
				+ "WHERE cd.document_id = ? AND c.state = 'PENDING_REVIEW'",
				documentId);
	}

	int pages(String documentId) throws SQLException {
		return count("SELECT COUNT(*) FROM document_page WHERE document_id = ?", documentId);
	}

	private int count(String sql, String documentId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, documentId);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
