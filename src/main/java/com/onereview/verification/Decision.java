package com.onereview.verification;

/** A verifier's decision on a case, and the state it leads to. */
public enum Decision {
	APPROVE(CaseState.APPROVED), RETURN(CaseState.RETURNED), REJECT(CaseState.REJECTED);

	private final CaseState state;

	Decision(CaseState state) {
		this.state = state;
	}

	public CaseState state() {
		return state;
	}
}
