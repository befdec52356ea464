package com.onereview.ocr;

/** Builds a {@link DocumentReader} by hand, for use without Spring (e.g. the command-line tool). */
public final class DocumentReaders {

	private DocumentReaders() {
	}

	/** A reader with its own engine of {@link OcrSettings#engine()}'s type; closing the reader frees it. */
	public static DocumentReader create(OcrSettings settings) {
		return create(settings, engine(settings));
	}

	/** A reader on the given engine, which it closes when it is closed. */
	public static DocumentReader create(OcrSettings settings, OcrEngine engine) {
		return new StandardDocumentReader(settings, engine, new PageStraightener(settings));
	}

	/** The page engine the settings name; the caller closes it. */
	static OcrEngine engine(OcrSettings settings) {
		return switch (settings.engine()) {
			case TESSERACT -> new Tess4jOcrEngine(settings);
			case PADDLE -> new PaddleOcrEngine(settings);
		};
	}

	/** A single-line re-reader with its own Tesseract pool (Chinese only); the caller closes it. */
	public static LineReader lineReader(OcrSettings settings) {
		return new Tess4jLineReader(settings);
	}

	/**
	 * A re-reader of crops by PaddleOCR, every line of the crop joined as one; it shares the JVM-wide PaddleOCR
	 * runtime with the page engine, so closing it frees nothing.
	 */
	public static LineReader paddleLineReader(OcrSettings settings) {
		return new PaddleLineReader(settings);
	}
}
