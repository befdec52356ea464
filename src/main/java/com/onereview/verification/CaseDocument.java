package com.onereview.verification;

/** A document in a case: who uploaded it first and who put it into the case (both are makers). */
public record CaseDocument(String documentId, int position, String uploadedBy, String attachedBy) {
}
