package com.onereview.verification;

import java.util.List;
import java.util.Map;

/**
 * One case with everything the review screen shows.
 * @param reasonText the verifier's comment with a return or rejection
 * @param derived values computed from the license's current values (never from withheld ones)
 * @param allowedActions what the current user may do now: UPLOAD, DETACH, EDIT_INPUTS, SUBMIT, CLAIM, RELEASE,
 * EDIT_FIELDS, APPROVE, RETURN, REJECT, REASSIGN
 */
public record CaseDetail(CaseSummary summary, String reasonText, long activeSeconds, List<DocumentRef> documents,
		List<CaseField> fields, Map<String, String> inputs, Map<String, String> derived, List<String> allowedActions) {

	/** A document of the case. */
	public record DocumentRef(String id, String fileName, String status, String documentType, Integer pages,
			String uploadedBy, String attachedBy) {
	}
}
