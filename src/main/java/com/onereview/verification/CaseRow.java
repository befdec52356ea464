package com.onereview.verification;

import java.time.Instant;

/** One row of {@code verification_case}, as the services read it. */
record CaseRow(String id, CaseState state, CaseKind kind, String documentType, String branch, AccountKind accountKind,
		String createdBy, Instant createdAt, Instant submittedAt, Instant slaDueAt, String claimedBy, Instant claimedAt,
		Instant leaseExpiresAt, String decidedBy, Instant decidedAt, Decision decision, String reasonCode,
		String reasonText, long activeSeconds, long version) {

	boolean heldBy(String user, Instant now) {
		return state == CaseState.IN_REVIEW && user.equals(claimedBy);
	}

	boolean leaseExpired(Instant now) {
		return state == CaseState.IN_REVIEW && leaseExpiresAt != null && leaseExpiresAt.isBefore(now);
	}
}
