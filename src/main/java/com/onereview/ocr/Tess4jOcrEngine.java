package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;

/**
 * Tesseract through Tess4J's C API with raw RGB pixels (Tess4J's image calls need a newer Leptonica than
 * Debian 12's). The page runs on the caller's thread with Tesseract's own deadline, so a handle is never given
 * back while native code still runs on it.
 */
final class Tess4jOcrEngine implements OcrEngine {

	private final OcrSettings settings;
	private final TessHandlePool pool;

	Tess4jOcrEngine(OcrSettings settings) {
		this.settings = settings;
		this.pool = new TessHandlePool(settings.tessdataPath(), settings.languages(), TessOcrEngineMode.OEM_DEFAULT,
				settings.psm(), settings.poolSize());
	}

	@Override
	public String name() {
		return "tesseract";
	}

	@Override
	public PageText recognize(BufferedImage image, int pageNumber) throws OcrException {
		BufferedImage rgb = PageImages.toRgb(image);
		ByteBuffer pixels = PageImages.rgbBytes(rgb);
		long start = System.nanoTime();
		TessBaseAPI handle = pool.acquire(settings.pageTimeout());
		try {
			List<OcrLine> lines = TessRecognition.run(handle, pixels, rgb.getWidth(), rgb.getHeight(),
					settings.renderDpi(), settings.pageTimeout(), start, pageNumber, "page " + pageNumber);
			return new PageText(pageNumber, rgb.getWidth(), rgb.getHeight(), TextSource.OCR, name(), 0, 0, lines);
		}
		finally {
			pool.release(handle);
		}
	}

	@Override
	public void close() {
		pool.close();
	}
}
