package com.onereview.ocr;

import java.awt.image.BufferedImage;

/**
 * Reads one line of text again, alone, from a region of a page image: a second opinion on a short value the
 * page-wide OCR may have misread. Implementations must be safe to call from several threads.
 */
public interface LineReader extends AutoCloseable {

	/**
	 * Recognises the region as a single line.
	 * @param page the upright page image the region refers to
	 * @param region where the line stands, in the page's pixels; clipped to the page
	 * @return the line with words, boxes in the page's pixels, and confidences; empty text when nothing was read
	 */
	OcrLine readLine(BufferedImage page, Box region) throws OcrException;

	/** Frees native resources; calling it again does nothing. */
	@Override
	default void close() {
	}
}
