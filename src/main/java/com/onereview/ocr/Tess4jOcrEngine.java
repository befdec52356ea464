package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;

import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract through Tess4J's C API with raw RGB pixels (Tess4J's image calls need a newer Leptonica than
 * Debian 12's). The page runs on the caller's thread with Tesseract's own deadline, so a handle is never given
 * back while native code still runs on it.
 */
final class Tess4jOcrEngine implements OcrEngine {

	private static final TessAPI API = TessHandlePool.api();

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
			List<OcrLine> lines = recognize(handle, rgb.getWidth(), rgb.getHeight(), pixels, pageNumber, start);
			return new PageText(pageNumber, rgb.getWidth(), rgb.getHeight(), TextSource.OCR, name(), 0, 0, lines);
		}
		finally {
			pool.release(handle);
		}
	}

	private List<OcrLine> recognize(TessBaseAPI handle, int width, int height, ByteBuffer pixels, int pageNumber,
			long start) throws OcrException {
		API.TessBaseAPISetImage(handle, pixels, width, height, 3, width * 3);
		API.TessBaseAPISetSourceResolution(handle, settings.renderDpi());
		long left = settings.pageTimeout().toMillis() - (System.nanoTime() - start) / 1_000_000;
		if (left <= 0) {
			throw timeout(pageNumber);
		}
		ETEXT_DESC monitor = API.TessMonitorCreate();
		// the Java mirror of ETEXT_DESC does not match Tesseract 5's layout: never copy it either way
		monitor.setAutoSynch(false);
		try {
			API.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, left));
			int status = API.TessBaseAPIRecognize(handle, monitor);
			if (System.nanoTime() - start > settings.pageTimeout().toNanos()) {
				throw timeout(pageNumber);
			}
			if (status != 0) {
				throw new OcrException("Tesseract failed on page " + pageNumber + " (status " + status + ")");
			}
		}
		finally {
			API.TessMonitorDelete(monitor);
		}
		return TessResultLines.read(handle, pageNumber);
	}

	private OcrException timeout(int pageNumber) {
		return new OcrException("OCR of page " + pageNumber + " took longer than " + settings.pageTimeout());
	}

	@Override
	public void close() {
		pool.close();
	}
}
