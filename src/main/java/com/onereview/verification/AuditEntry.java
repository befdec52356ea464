package com.onereview.verification;

import java.time.Instant;

/** One audit event of a case: who did what, when, to which field, from which value to which. */
public record AuditEntry(long id, String caseId, Instant at, String actor, AuditAction action, String documentId,
		String fieldKey, String oldValue, String newValue, String source, String detail) {
}
