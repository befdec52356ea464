package com.onereview.ocr;

/** The content itself cannot be read; retrying will not help. The reason maps to a message for the teller. */
public class UnreadableDocumentException extends Exception {

	/** Why a document cannot be read. */
	public enum Reason {
		EMPTY, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED, IMAGE_TOO_LARGE, TOO_MANY_PAGES
	}

	private final Reason reason;

	public UnreadableDocumentException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
