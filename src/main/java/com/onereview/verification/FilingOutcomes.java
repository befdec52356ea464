package com.onereview.verification;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of an approved case's filing with the regulator, as the filing work reports it: filed
 * (the case is {@code FILED}), or refused by the portal's checks (back in the queue, so a verifier
 * sees the portal's message, corrects and approves again).
 */
@Service
public class FilingOutcomes {

	private static final Logger log = LoggerFactory.getLogger(FilingOutcomes.class);

	static final String ROBOT = "rpa";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	FilingOutcomes(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** @return false when the case was not waiting to be filed (already filed, or sent back meanwhile) */
	@Transactional
	public boolean filed(String caseId, String receiptNo, String detail) {
		Instant now = Instant.now();
		int changed = jdbc.sql("UPDATE verification_case SET state = 'FILED', filed_at = ?, updated_at = ? "
				+ "WHERE id = ? AND state = 'APPROVED'")
			.params(Timestamp.from(now), Timestamp.from(now), caseId)
			.update();
		if (changed == 1) {
			audit.record(caseId, ROBOT, AuditAction.FILED, null, null, CaseState.APPROVED.name(), CaseState.FILED.name(),
					null, "receipt " + receiptNo + (detail == null ? "" : "; " + detail));
			log.info("Case {} filed with the regulator: receipt {}", caseId, receiptNo);
		}
		return changed == 1;
	}

	/** The portal refused the data: the case goes back to the queue with the portal's message. */
	@Transactional
	public boolean refused(String caseId, String portalMessage) {
		Instant now = Instant.now();
		int changed = jdbc.sql("UPDATE verification_case SET state = 'PENDING_REVIEW', claimed_by = NULL, "
				+ "claimed_at = NULL, lease_expires_at = NULL, reason_text = ?, updated_at = ?, version = version + 1 "
				+ "WHERE id = ? AND state = 'APPROVED'")
			.params(truncate("portal: " + portalMessage), Timestamp.from(now), caseId)
			.update();
		if (changed == 1) {
			audit.record(caseId, ROBOT, AuditAction.FILING_REFUSED, null, null, CaseState.APPROVED.name(),
					CaseState.PENDING_REVIEW.name(), null, truncate(portalMessage));
			log.warn("Case {}: the portal refused the filing, back to the queue: {}", caseId, portalMessage);
		}
		return changed == 1;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
	}
}
