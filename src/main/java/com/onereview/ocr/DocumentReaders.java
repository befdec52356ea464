package com.onereview.ocr;

/** Builds a {@link DocumentReader} by hand, for use without Spring (e.g. the command-line tool). */
public final class DocumentReaders {

	private DocumentReaders() {
	}

	/** A reader with its own Tesseract pool; closing the reader frees the pool. */
	public static DocumentReader create(OcrSettings settings) {
		return create(settings, new Tess4jOcrEngine(settings));
	}

	/** A reader on the given engine, which it closes when it is closed. */
	public static DocumentReader create(OcrSettings settings, OcrEngine engine) {
		return new StandardDocumentReader(settings, engine, new PageStraightener(settings));
	}

	/** A single-line re-reader with its own Tesseract pool (Chinese only); the caller closes it. */
	public static LineReader lineReader(OcrSettings settings) {
		return new Tess4jLineReader(settings);
	}
}
