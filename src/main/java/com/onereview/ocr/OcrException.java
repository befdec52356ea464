package com.onereview.ocr;

/** OCR could not produce text for a page (engine failure, timeout). */
public class OcrException extends Exception {

	public OcrException(String message) {
		super(message);
	}

	public OcrException(String message, Throwable cause) {
		super(message, cause);
	}
}
