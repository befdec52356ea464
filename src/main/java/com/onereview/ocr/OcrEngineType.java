package com.onereview.ocr;

import java.util.Locale;

/** Which engine reads whole pages ({@code onereview.ocr.engine}); value crops are always re-read by Tesseract. */
public enum OcrEngineType {

	/** Tesseract through Tess4J, a pool of handles. */
	TESSERACT,

	/** PaddleOCR PP-OCRv4 models through RapidOCR (ONNX Runtime), one call at a time per JVM. */
	PADDLE;

	/** {@code tesseract} or {@code paddle}, any case; anything else is an {@link IllegalArgumentException}. */
	public static OcrEngineType parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown OCR engine " + name + " (tesseract or paddle)");
		}
	}
}
