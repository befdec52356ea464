package com.onereview.verification;

/** What an audit event records. */
public enum AuditAction {
	CREATED, DOCUMENT_ADDED, DOCUMENT_REMOVED, SUBMITTED, CLAIMED, RELEASED, LEASE_EXPIRED, REASSIGNED, VIEWED,
	FIELD_REKEYED, FIELD_CORRECTED, FIELD_CONFIRMED, INPUT_CHANGED, APPROVED, RETURNED, REJECTED, FORM_FILLED,
	/** The regulator's portal acknowledged the filing (receipt number in the detail). */
	FILED,
	/** The portal refused the filing's data: back in the queue for a verifier. */
	FILING_REFUSED,
	/** A form could not be filled on approval; the approval stands (see forms' ApprovalForms). */
	FORM_FAILED
}
