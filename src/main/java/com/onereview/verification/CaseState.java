package com.onereview.verification;

/** Where a verification case is. */
public enum CaseState {
	/** A teller is assembling it. */
	DRAFT,
	/** Submitted; in the queue. */
	PENDING_REVIEW,
	/** Claimed by one verifier, under a lease. */
	IN_REVIEW, APPROVED,
	/** Back with the teller, with a reason; may be resubmitted. */
	RETURNED, REJECTED, FILED;

	/** Whether the teller may still change documents and inputs. */
	public boolean editableByTeller() {
		return this == DRAFT || this == RETURNED;
	}
}
