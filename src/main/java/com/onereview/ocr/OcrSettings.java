package com.onereview.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of page reading and OCR, usable with or without Spring.
 *
 * @param tessdataPath folder holding {@code *.traineddata}
 * @param languages Tesseract languages, e.g. {@code chi_sim+eng}
 * @param poolSize number of Tesseract handles, i.e. pages recognised at once
 * @param pageTimeout longest time one page may take in OCR
 * @param renderDpi resolution PDF pages are rendered at
 * @param maxPages documents with more pages are refused
 * @param maxPixelsPerPage pages larger than this (width times height) are refused: protects from decompression bombs
 * @param psm Tesseract page segmentation mode
 * @param engine the engine that reads whole pages
 */
public record OcrSettings(String tessdataPath, String languages, int poolSize, Duration pageTimeout, int renderDpi,
		int maxPages, long maxPixelsPerPage, int psm, OcrEngineType engine) {

	static final String DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

	public OcrSettings {
		Objects.requireNonNull(tessdataPath, "tessdataPath");
		Objects.requireNonNull(languages, "languages");
		Objects.requireNonNull(pageTimeout, "pageTimeout");
		Objects.requireNonNull(engine, "engine");
		require(poolSize >= 1, "poolSize must be at least 1");
		require(!pageTimeout.isNegative() && !pageTimeout.isZero(), "pageTimeout must be positive");
		require(renderDpi >= 72 && renderDpi <= 600, "renderDpi must be within 72..600");
		require(maxPages >= 1, "maxPages must be at least 1");
		require(maxPixelsPerPage >= 1, "maxPixelsPerPage must be at least 1");
		require(psm >= 0 && psm <= 13, "psm must be within 0..13");
	}

	/**
	 * Debian's tessdata (or {@code TESSDATA_PREFIX}), Chinese and English, one handle per core; pages read by
	 * PaddleOCR (ADR 0005) unless {@code ONEREVIEW_OCR_ENGINE} (the variable Spring maps to {@code onereview.ocr.engine})
	 * says otherwise.
	 */
	public static OcrSettings defaults() {
		String env = System.getenv("TESSDATA_PREFIX");
		String tessdata = env == null || env.isBlank() ? DEBIAN_TESSDATA : env;
		String engine = System.getenv("ONEREVIEW_OCR_ENGINE");
		return new OcrSettings(tessdata, "chi_sim+eng", Runtime.getRuntime().availableProcessors(),
				Duration.ofSeconds(60), 300, 20, 100_000_000L, 3,
				engine == null || engine.isBlank() ? OcrEngineType.PADDLE : OcrEngineType.parse(engine));
	}

	public OcrSettings withPoolSize(int size) {
		return new OcrSettings(tessdataPath, languages, size, pageTimeout, renderDpi, maxPages, maxPixelsPerPage, psm, engine);
	}

	public OcrSettings withPageTimeout(Duration timeout) {
		return new OcrSettings(tessdataPath, languages, poolSize, timeout, renderDpi, maxPages, maxPixelsPerPage, psm, engine);
	}

	public OcrSettings withLimits(int pages, long pixelsPerPage) {
		return new OcrSettings(tessdataPath, languages, poolSize, pageTimeout, renderDpi, pages, pixelsPerPage, psm, engine);
	}

	public OcrSettings withEngine(OcrEngineType type) {
		return new OcrSettings(tessdataPath, languages, poolSize, pageTimeout, renderDpi, maxPages, maxPixelsPerPage, psm, type);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
