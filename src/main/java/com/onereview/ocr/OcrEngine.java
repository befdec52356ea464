package com.onereview.ocr;

import java.awt.image.BufferedImage;

/** Recognises the text on one upright page image. Implementations must be safe to call from several threads. */
public interface OcrEngine extends AutoCloseable {

	/** A short name for logs and results, e.g. {@code tesseract}. */
	String name();

	/**
	 * Recognises one page.
	 * @param image the page, already upright; boxes in the result refer to its pixels
	 * @param pageNumber 1-based, copied into every {@link Box}
	 */
	PageText recognize(BufferedImage image, int pageNumber) throws OcrException;

	/** Frees native resources; calling it again does nothing. */
	@Override
	default void close() {
	}
}
