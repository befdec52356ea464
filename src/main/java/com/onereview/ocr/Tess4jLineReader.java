package com.onereview.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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
		Box clip = clip(region, page.getWidth(), page.getHeight());
		if (clip == null) {
			return new OcrLine("", 0, region, List.of());
		}
		BufferedImage crop = padded(page, clip);
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
		return toPage(lines, clip);
	}

	static Box clip(Box r, int width, int height) {
		int x = Math.max(0, r.x());
		int y = Math.max(0, r.y());
		int right = Math.min(width, r.right());
		int bottom = Math.min(height, r.bottom());
		return right - x < 2 || bottom - y < 2 ? null : new Box(r.page(), x, y, right - x, bottom - y);
	}

	private static BufferedImage padded(BufferedImage page, Box clip) {
		BufferedImage out = new BufferedImage(clip.w() + 2 * PAD, clip.h() + 2 * PAD, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(page.getSubimage(clip.x(), clip.y(), clip.w(), clip.h()), PAD, PAD, null);
		g.dispose();
		return out;
	}

	/** All words as one line, their boxes moved from the crop's pixels to the page's. */
	private static OcrLine toPage(List<OcrLine> lines, Box clip) {
		List<OcrWord> words = new ArrayList<>();
		double confidence = 0;
		for (OcrLine line : lines) {
			for (OcrWord w : line.words()) {
				words.add(new OcrWord(w.text(), w.confidence(), shift(w.box(), clip)));
				confidence += w.confidence();
			}
		}
		if (words.isEmpty()) {
			return new OcrLine("", 0, clip, List.of());
		}
		Box box = words.get(0).box();
		for (OcrWord w : words) {
			box = box.union(w.box());
		}
		return new OcrLine(LineText.join(words), confidence / words.size(), box, words);
	}

	private static Box shift(Box b, Box clip) {
		return new Box(clip.page(), b.x() - PAD + clip.x(), b.y() - PAD + clip.y(), b.w(), b.h());
	}

	@Override
	public void close() {
		pool.close();
	}
}
