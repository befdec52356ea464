package com.onereview.verification;

import java.util.List;
import java.util.Map;

/**
 * Published in the transaction that approves a case, for form filling and filing: the verified values only.
 * @param values per document type, field key → verified value (the first document of a type when several)
 * @param documents every document's verified values, in case order
 * @param inputs the teller's inputs
 * @param derived values computed from the license (see {@link DerivedValues}); empty without a license
 */
public record CaseApproved(String caseId, CaseKind kind, String approvedBy, Map<String, Map<String, String>> values,
		List<VerifiedDocument> documents, Map<String, String> inputs, Map<String, String> derived) {

	/** One document's verified values. */
	public record VerifiedDocument(String documentId, String documentType, Map<String, String> values) {
	}
}
