package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

/**
 * Re-reads a crop as one line with Chinese alone: on a short value such as a two-character name, the page-wide
 * {@code chi_sim+eng} reading tends to take the strokes for Latin letters, which a Chinese-only single-line pass does
 * not. Has its own small pool of handles, closed with it.
 */
final class Tess4jLineReader implements LineReader {

	static final String LANGUAGES = "chi_sim";

	/** White margin around the crop: Tesseract reads text touching the image edge badly. */
	static final int PAD = 12;

	private final OcrSettings settings;
	private final TessHandlePool pool;

	Tess4jLineReader(OcrSettings settings) {
		this.settings = settings;
		this.pool = new TessHandlePool(settings.tessdataPath(), LANGUAGES, TessOcrEngineMode.OEM_DEFAULT,
				TessPageSegMode.PSM_SINGLE_LINE, settings.poolSize());
	}

	@Override
	public OcrLine readLine(BufferedImage page, Box region) throws OcrException {
		Box clip = LineCrop.clip(region, page.getWidth(), page.getHeight());
		if (clip == null) {
			return new OcrLine("", 0, region, List.of());
		}
		BufferedImage crop = LineCrop.padded(page, clip, PAD);
		ByteBuffer pixels = PageImages.rgbBytes(crop);
		long start = System.nanoTime();
		TessBaseAPI handle = pool.acquire(settings.pageTimeout());
		List<OcrLine> lines;
		try {
			lines = TessRecognition.run(handle, pixels, crop.getWidth(), crop.getHeight(), settings.renderDpi(),
					settings.pageTimeout(), start, region.page(), "a line of page " + region.page());
		}
		finally {
			pool.release(handle);
		}
		return LineCrop.toPage(lines, clip, PAD);
	}

	@Override
	public void close() {
		pool.close();
	}
}
