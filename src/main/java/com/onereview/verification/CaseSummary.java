package com.onereview.verification;

import java.time.Instant;

/** A verification case as lists show it. */
public record CaseSummary(String id, String documentId, CaseState state, String documentType, String createdBy,
		Instant createdAt) {
}
