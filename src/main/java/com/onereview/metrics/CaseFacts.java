package com.onereview.metrics;

import java.time.Instant;
import java.util.List;

import com.onereview.verification.CaseKind;
import com.onereview.verification.Decision;

/**
 * What happened to one decided case, as the supervisor's figures and the CSV export count it.
 * @param receivedAt first upload of its documents (else when the case was created)
 * @param extractedAt when its last document was read
 * @param claimedAt the last claim before the decision
 * @param filedAt when it was filed with the regulator; null until then
 * @param handlingSeconds active seconds verifiers spent on it, all reviews together
 * @param fields fields verified
 * @param correctedFields keys of the fields whose final value differs from the machine's reading
 * @param slaMet whether it was decided by its deadline; null without one
 */
public record CaseFacts(String caseId, CaseKind kind, String branch, Instant receivedAt, Instant extractedAt,
		Instant submittedAt, Instant claimedAt, Instant decidedAt, Instant filedAt, String decidedBy, Decision decision,
		String reasonCode, long handlingSeconds, int fields, List<String> correctedFields, Instant slaDueAt,
		Boolean slaMet) {

	public boolean straightThrough() {
		return decision == Decision.APPROVE && correctedFields.isEmpty();
	}
}
