package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads a crop with PaddleOCR, all its lines joined as one: the page engine's own eyes on a cleaned cell (a value
 * with a stamp's ink washed out), where Tesseract's Chinese model misreads serif digits. Holds nothing of its own:
 * the models are the JVM-wide {@link PaddleRuntime}, shared with the page engine.
 */
final class PaddleLineReader implements LineReader {

	/** White margin around the crop, so text detection sees the strokes at the edge. */
	static final int PAD = 16;

	private final PaddleOcrEngine engine;

	PaddleLineReader(OcrSettings settings) {
		this.engine = new PaddleOcrEngine(settings);
	}

	@Override
	public OcrLine readLine(BufferedImage page, Box region) throws OcrException {
		Box clip = LineCrop.clip(region, page.getWidth(), page.getHeight());
		if (clip == null) {
			return new OcrLine("", 0, region, List.of());
		}
		BufferedImage crop = LineCrop.padded(page, clip, PAD);
		PageText text = engine.recognize(crop, region.page());
		return LineCrop.toPage(text.lines(), clip, PAD);
	}
}
