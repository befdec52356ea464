package com.onereview.ingest;

/** Where a document is in processing. */
public enum DocumentStatus {
	RECEIVED, PROCESSING, EXTRACTED, FAILED
}
