package com.onereview.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their documents and the teller's inputs. Every change of state is one conditional UPDATE. */
@Repository
class CaseStore {

	static final String COLUMNS = "id, state, kind, document_type, branch, account_kind, created_by, created_at, "
			+ "submitted_at, sla_due_at, claimed_by, claimed_at, lease_expires_at, decided_by, decided_at, decision, "
			+ "reason_code, reason_text, active_seconds, version";

	/** The user is not a maker of the case: did not create it, upload or attach any of its documents. */
	static final String NOT_MAKER = "created_by <> :user AND NOT EXISTS (SELECT 1 FROM case_document cd "
			+ "WHERE cd.case_id = verification_case.id AND (cd.uploaded_by = :user OR cd.attached_by = :user))";

	/** Free to claim: queued, or claimed under a lease that has run out. */
	static final String CLAIMABLE = "(state = 'PENDING_REVIEW' OR (state = 'IN_REVIEW' AND lease_expires_at < :now))";

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String id, CaseState state, CaseKind kind, String documentType, String branch, String createdBy,
			String openedFor, Instant now) {
		jdbc.sql("INSERT INTO verification_case (id, state, kind, document_type, branch, created_by, created_at, "
				+ "updated_at, opened_for_document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, state.name(), kind == null ? null : kind.name(), documentType, branch, createdBy, ts(now), ts(now),
					openedFor)
			.update();
	}

	Optional<CaseRow> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM verification_case WHERE id = ?").param(id).query(CaseStore::row)
			.optional();
	}

	/** Cases matching the filter, queue order: earliest deadline first, then oldest. */
	List<CaseRow> list(CaseState state, String createdBy, String claimedBy, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM verification_case WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (state != null) {
			sql.append(" AND state = :state");
			params.put("state", state.name());
		}
		if (createdBy != null) {
			sql.append(" AND created_by = :createdBy");
			params.put("createdBy", createdBy);
		}
		if (claimedBy != null) {
			sql.append(" AND claimed_by = :claimedBy");
			params.put("claimedBy", claimedBy);
		}
		sql.append(" ORDER BY sla_due_at, created_at LIMIT :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(CaseStore::row).list();
	}

	/** Claimable cases this user may verify, earliest deadline first. */
	List<String> claimableFor(String user, Instant now, int limit) {
		return jdbc.sql("SELECT id FROM verification_case WHERE " + CLAIMABLE + " AND " + NOT_MAKER
				+ " ORDER BY sla_due_at, created_at LIMIT :limit")
			.param("now", ts(now))
			.param("user", user)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	boolean isMaker(String caseId, String user) {
		return jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE id = :id AND " + NOT_MAKER)
			.param("id", caseId)
			.param("user", user)
			.query(Integer.class)
			.single() == 0;
	}

	/** The claim: one conditional UPDATE, so that of racing verifiers exactly one wins. */
	boolean claim(String id, String user, Instant now, Instant leaseUntil) {
		return jdbc.sql("UPDATE verification_case SET state = 'IN_REVIEW', claimed_by = :user, claimed_at = :now, "
				+ "lease_expires_at = :lease, version = version + 1, updated_at = :now WHERE id = :id AND " + CLAIMABLE
				+ " AND " + NOT_MAKER)
			.param("user", user)
			.param("now", ts(now))
			.param("lease", ts(leaseUntil))
			.param("id", id)
			.update() == 1;
	}

	/** Extends the holder's lease; false when the user does not hold the case. */
	boolean extendLease(String id, String user, Instant leaseUntil) {
		return jdbc.sql("UPDATE verification_case SET lease_expires_at = ? WHERE id = ? AND state = 'IN_REVIEW' "
				+ "AND claimed_by = ?")
			.params(ts(leaseUntil), id, user)
			.update() == 1;
	}

	/** Back to the queue, from this holder (or, for an expired lease, only if still expired). */
	boolean unclaim(String id, String holder, Instant expiredBefore, Instant now) {
		String expired = expiredBefore == null ? "" : " AND lease_expires_at < :expired";
		var spec = jdbc.sql("UPDATE verification_case SET state = 'PENDING_REVIEW', claimed_by = NULL, claimed_at = NULL, "
				+ "lease_expires_at = NULL, version = version + 1, updated_at = :now WHERE id = :id AND state = 'IN_REVIEW' "
				+ "AND claimed_by = :holder" + expired)
			.param("now", ts(now))
			.param("id", id)
			.param("holder", holder);
		if (expiredBefore != null) {
			spec = spec.param("expired", ts(expiredBefore));
		}
		return spec.update() == 1;
	}

	/** Hands the case to another verifier, whoever holds it now (the supervisor's call). */
	boolean reassign(String id, String verifier, Instant now, Instant leaseUntil) {
		return jdbc.sql("UPDATE verification_case SET state = 'IN_REVIEW', claimed_by = :user, claimed_at = :now, "
				+ "lease_expires_at = :lease, version = version + 1, updated_at = :now WHERE id = :id "
				+ "AND state IN ('PENDING_REVIEW', 'IN_REVIEW') AND " + NOT_MAKER)
			.param("user", verifier)
			.param("now", ts(now))
			.param("lease", ts(leaseUntil))
			.param("id", id)
			.update() == 1;
	}

	/** Cases whose lease ran out, with their holders. */
	List<Map.Entry<String, String>> expiredLeases(Instant now) {
		return jdbc.sql("SELECT id, claimed_by FROM verification_case WHERE state = 'IN_REVIEW' AND lease_expires_at < ?")
			.param(ts(now))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list();
	}

	boolean submit(String id, CaseKind kind, String documentType, AccountKind accountKind, Instant slaDue, Instant now) {
		return jdbc.sql("UPDATE verification_case SET state = 'PENDING_REVIEW', kind = ?, document_type = ?, "
				+ "account_kind = ?, sla_due_at = ?, submitted_at = ?, decision = NULL, decided_by = NULL, "
				+ "decided_at = NULL, version = version + 1, updated_at = ? WHERE id = ? AND state IN ('DRAFT', 'RETURNED')")
			.params(kind.name(), documentType, accountKind == null ? null : accountKind.name(), ts(slaDue), ts(now), ts(now),
					id)
			.update() == 1;
	}

	boolean decide(String id, String user, Decision decision, String reasonCode, String reasonText, Instant now) {
		return jdbc.sql("UPDATE verification_case SET state = ?, decision = ?, reason_code = ?, reason_text = ?, "
				+ "decided_by = ?, decided_at = ?, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
				+ "version = version + 1, updated_at = ? WHERE id = ? AND state = 'IN_REVIEW' AND claimed_by = ?")
			.params(decision.state().name(), decision.name(), reasonCode, reasonText, user, ts(now), ts(now), id, user)
			.update() == 1;
	}

	void addActiveSeconds(String id, long seconds) {
		jdbc.sql("UPDATE verification_case SET active_seconds = active_seconds + ? WHERE id = ?").params(seconds, id)
			.update();
	}

	List<CaseDocument> documents(String caseId) {
		return jdbc.sql("SELECT document_id, position, uploaded_by, attached_by FROM case_document WHERE case_id = ? "
				+ "ORDER BY position")
			.param(caseId)
			.query((rs, n) -> new CaseDocument(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The cases a teller may still change (DRAFT, RETURNED) that hold the document. */
	List<String> editableCasesHolding(String documentId) {
		return jdbc.sql("SELECT c.id FROM verification_case c JOIN case_document cd ON cd.case_id = c.id "
				+ "WHERE cd.document_id = ? AND c.state IN ('DRAFT', 'RETURNED')")
			.param(documentId)
			.query(String.class)
			.list();
	}

	/** Whether the document was ever put into a case (the audit trail remembers it after a removal). */
	boolean everInACase(String documentId) {
		return jdbc.sql("SELECT COUNT(*) FROM case_document WHERE document_id = ?").param(documentId)
			.query(Integer.class).single() > 0
				|| jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE document_id = ? AND action = 'DOCUMENT_ADDED'")
					.param(documentId).query(Integer.class).single() > 0;
	}

	/** Adds the document unless the case has it; true when added. */
	boolean attach(String caseId, String documentId, String uploadedBy, String attachedBy, Instant now) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM case_document WHERE case_id = ? AND document_id = ?")
			.params(caseId, documentId).query(Integer.class).single() > 0;
		if (present) {
			return false;
		}
		int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM case_document WHERE case_id = ?")
			.param(caseId).query(Integer.class).single();
		jdbc.sql("INSERT INTO case_document (case_id, document_id, position, uploaded_by, attached_by, attached_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(caseId, documentId, position, uploadedBy, attachedBy, ts(now))
			.update();
		return true;
	}

	boolean detach(String caseId, String documentId) {
		return jdbc.sql("DELETE FROM case_document WHERE case_id = ? AND document_id = ?").params(caseId, documentId)
			.update() == 1;
	}

	Map<String, String> inputs(String caseId) {
		Map<String, String> inputs = new LinkedHashMap<>();
		jdbc.sql("SELECT input_key, input_value FROM case_input WHERE case_id = ? ORDER BY input_key").param(caseId)
			.query((rs, n) -> inputs.put(rs.getString(1), rs.getString(2))).list();
		return inputs;
	}

	void putInput(String caseId, String key, String value, String user, Instant now) {
		int updated = jdbc.sql("UPDATE case_input SET input_value = ?, updated_by = ?, updated_at = ? WHERE case_id = ? "
				+ "AND input_key = ?").params(value, user, ts(now), caseId, key).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO case_input (case_id, input_key, input_value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")
				.params(caseId, key, value, user, ts(now)).update();
		}
	}

	void setAccountKind(String caseId, AccountKind kind) {
		jdbc.sql("UPDATE verification_case SET account_kind = ? WHERE id = ?")
			.params(kind == null ? null : kind.name(), caseId).update();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static CaseRow row(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getString("id"), CaseState.valueOf(rs.getString("state")),
				enumOf(CaseKind.class, rs.getString("kind")), rs.getString("document_type"), rs.getString("branch"),
				enumOf(AccountKind.class, rs.getString("account_kind")), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "sla_due_at"),
				rs.getString("claimed_by"), instant(rs, "claimed_at"), instant(rs, "lease_expires_at"),
				rs.getString("decided_by"), instant(rs, "decided_at"), enumOf(Decision.class, rs.getString("decision")),
				rs.getString("reason_code"), rs.getString("reason_text"), rs.getLong("active_seconds"),
				rs.getLong("version"));
	}
}
