package com.onereview.ingest;

import java.util.List;

/**
 * Published inside the transaction that stores a document's extraction result.
 * @param documentId the uploaded file's document (its primary document: the first license, else voucher)
 * @param parts the further documents found in the same file, in page order, already stored as extracted
 */
public record DocumentExtracted(String documentId, String documentType, String uploadedBy, List<String> parts) {

	public DocumentExtracted {
		parts = parts == null ? List.of() : List.copyOf(parts);
	}

	/** A file of one document. */
	public DocumentExtracted(String documentId, String documentType, String uploadedBy) {
		this(documentId, documentType, uploadedBy, List.of());
	}
}
