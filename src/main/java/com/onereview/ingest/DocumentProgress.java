package com.onereview.ingest;

/** Where a document is in processing, without its result: what the live status stream sends. */
public record DocumentProgress(String id, String fileName, DocumentStatus status, String documentType,
		Integer pageCount, String errorCode, String errorMessage, String uploadedBy) {

	/** Extracted or failed: nothing more will happen to it. */
	public boolean finished() {
		return status == DocumentStatus.EXTRACTED || status == DocumentStatus.FAILED;
	}
}
