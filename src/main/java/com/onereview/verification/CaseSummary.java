package com.onereview.verification;

import java.time.Instant;
import java.util.List;

/**
 * A verification case as lists show it.
 * @param secondsLeft seconds until the SLA deadline (negative when overdue); null without one
 */
public record CaseSummary(String id, CaseState state, CaseKind kind, String documentType, List<String> documentIds,
		String branch, AccountKind accountKind, String createdBy, Instant createdAt, Instant submittedAt,
		Instant slaDueAt, Long secondsLeft, String claimedBy, Instant leaseExpiresAt, Decision decision,
		String reasonCode) {
}
