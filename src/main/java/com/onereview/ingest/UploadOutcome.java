package com.onereview.ingest;

import com.onereview.ocr.UnreadableDocumentException.Reason;

/**
 * What became of one uploaded file.
 * @param fileName the name as kept
 * @param documentId the document, or {@code null} when the file was refused
 * @param duplicate the same bytes were uploaded before; {@code documentId} is that document
 * @param refusedFor why the file was refused, or {@code null}
 * @param detail technical detail of a refusal (logged and kept, not for the teller)
 */
public record UploadOutcome(String fileName, String documentId, String sha256, boolean duplicate,
		DocumentStatus status, Reason refusedFor, String detail) {

	public boolean accepted() {
		return refusedFor == null;
	}
}
