package com.onereview.ingest;

/** Published inside the transaction that stores a document's extraction result. */
public record DocumentExtracted(String documentId, String documentType, String uploadedBy) {
}
