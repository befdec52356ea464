package com.onereview.ingest;

import java.time.Instant;

/** A stored document as the API shows it; {@code resultJson} is the CONTRACT.md result once extracted. */
public record DocumentView(String id, String fileName, String mediaType, long sizeBytes, String sha256,
		DocumentStatus status, String documentType, Integer pageCount, String resultJson, String errorCode,
		String errorMessage, int attempts, String uploadedBy, Instant uploadedAt, Instant finishedAt) {
}
