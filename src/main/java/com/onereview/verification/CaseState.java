package com.onereview.verification;

/** Where a verification case is. */
public enum CaseState {
	PENDING_REVIEW, IN_REVIEW, APPROVED, RETURNED, REJECTED, FILED
}
