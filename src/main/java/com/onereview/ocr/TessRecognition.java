package com.onereview.ocr;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * One recognition on a lent handle, within Tesseract's own deadline: native code has returned when this does, so
 * the handle may then go back to its pool.
 */
final class TessRecognition {

	private static final TessAPI API = TessHandlePool.api();

	private TessRecognition() {
	}

	/**
	 * @param pixels RGB bytes, 3 per pixel, row by row
	 * @param start {@link System#nanoTime()} when the caller's time began (waiting for the handle counts)
	 * @param pageNumber copied into every box
	 */
	static List<OcrLine> run(TessBaseAPI handle, ByteBuffer pixels, int width, int height, int dpi, Duration timeout,
			long start, int pageNumber, String what) throws OcrException {
		API.TessBaseAPISetImage(handle, pixels, width, height, 3, width * 3);
		API.TessBaseAPISetSourceResolution(handle, dpi);
		long left = timeout.toMillis() - (System.nanoTime() - start) / 1_000_000;
		if (left <= 0) {
			throw timeout(what, timeout);
		}
		ETEXT_DESC monitor = API.TessMonitorCreate();
		// the Java mirror of ETEXT_DESC does not match Tesseract 5's layout: never copy it either way
		monitor.setAutoSynch(false);
		try {
			API.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, left));
			int status = API.TessBaseAPIRecognize(handle, monitor);
			if (System.nanoTime() - start > timeout.toNanos()) {
				throw timeout(what, timeout);
			}
			if (status != 0) {
				throw new OcrException("Tesseract failed on " + what + " (status " + status + ")");
			}
		}
		finally {
			API.TessMonitorDelete(monitor);
		}
		return TessResultLines.read(handle, pageNumber);
	}

	private static OcrException timeout(String what, Duration timeout) {
		return new OcrException("OCR of " + what + " took longer than " + timeout);
	}
}
