package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.time.Duration;

import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/** Page orientation from Tesseract's OSD model, on a downscaled copy; answers 0 when it is not sure. */
final class TesseractOrientationDetector implements AutoCloseable {

	/** OSD's confidence below which a page is left as it is (measured: upright CJK pages score well above). */
	static final float MIN_CONFIDENCE = 2.0f;
	static final int MAX_SIDE = 1600;

	private static final TessAPI API = TessHandlePool.api();

	private final TessHandlePool pool;
	private final Duration wait;

	TesseractOrientationDetector(OcrSettings settings) {
		this.pool = new TessHandlePool(settings.tessdataPath(), "osd", TessOcrEngineMode.OEM_TESSERACT_ONLY,
				TessPageSegMode.PSM_OSD_ONLY, settings.poolSize());
		this.wait = settings.pageTimeout();
	}

	/** What OSD saw: the clockwise turn that makes the page upright, and how sure it is. */
	record Orientation(int clockwiseDegrees, float confidence) {
	}

	/** The clockwise turn (0, 90, 180, 270) that makes the page upright; 0 when unsure. */
	int uprightRotation(BufferedImage page) throws OcrException {
		Orientation o = detect(page);
		return o.confidence() >= MIN_CONFIDENCE ? o.clockwiseDegrees() : 0;
	}

	Orientation detect(BufferedImage page) throws OcrException {
		BufferedImage small = PageImages.downscale(page, MAX_SIDE);
		TessBaseAPI handle = pool.acquire(wait);
		try {
			API.TessBaseAPISetImage(handle, PageImages.rgbBytes(small), small.getWidth(), small.getHeight(), 3,
					small.getWidth() * 3);
			API.TessBaseAPISetSourceResolution(handle, 300 * small.getWidth() / Math.max(1, page.getWidth()));
			IntBuffer degrees = IntBuffer.allocate(1);
			FloatBuffer confidence = FloatBuffer.allocate(1);
			FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
			// the script name points into Tesseract's own tables: not ours to free
			PointerByReference script = new PointerByReference();
			if (API.TessBaseAPIDetectOrientationScript(handle, degrees, confidence, script, scriptConfidence) == 0) {
				return new Orientation(0, 0);
			}
			// OSD reports how far the text is turned counter-clockwise; undoing it is the opposite turn
			return new Orientation(Math.floorMod(360 - degrees.get(0), 360), confidence.get(0));
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
