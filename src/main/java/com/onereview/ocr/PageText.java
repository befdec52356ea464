package com.onereview.ocr;

import java.util.List;

/**
 * The text of one page with geometry.
 *
 * @param pageNumber 1-based
 * @param width page image width in pixels (the image {@link Box}es refer to)
 * @param height page image height in pixels
 * @param source text layer or OCR
 * @param engine the OCR engine's name, or {@code "pdfbox"} for the text layer
 * @param rotation clockwise degrees (0, 90, 180, 270) applied to the scan to make it upright
 * @param skewDegrees small-angle deskew applied after rotation
 * @param lines text lines in reading order
 */
public record PageText(int pageNumber, int width, int height, TextSource source, String engine, int rotation,
		double skewDegrees, List<OcrLine> lines) {

	public PageText {
		lines = List.copyOf(lines);
	}

	/** All lines' text joined by newlines. */
	public String plainText() {
		StringBuilder sb = new StringBuilder();
		for (OcrLine line : lines) {
			sb.append(line.text()).append('\n');
		}
		return sb.toString();
	}
}
