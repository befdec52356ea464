package com.onereview.ingest;

/**
 * Published inside the transaction that stores an upload made into a case; a listener that throws rolls the
 * upload back.
 * @param documentId the document (an earlier one when the same bytes were uploaded before)
 * @param caseId the case the document was uploaded into
 * @param uploadedBy who uploaded the document first
 * @param attachedBy who uploaded it now, into the case
 */
public record DocumentUploaded(String documentId, String caseId, String uploadedBy, String attachedBy) {
}
