package com.onereview.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
		Box clip = Tess4jLineReader.clip(region, page.getWidth(), page.getHeight());
		if (clip == null) {
			return new OcrLine("", 0, region, List.of());
		}
		BufferedImage crop = new BufferedImage(clip.w() + 2 * PAD, clip.h() + 2 * PAD, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = crop.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, crop.getWidth(), crop.getHeight());
		g.drawImage(page.getSubimage(clip.x(), clip.y(), clip.w(), clip.h()), PAD, PAD, null);
		g.dispose();
		PageText text = engine.recognize(crop, region.page());
		List<OcrWord> words = new ArrayList<>();
		double confidence = 0;
		for (OcrLine line : text.lines()) {
			for (OcrWord w : line.words()) {
				Box b = w.box();
				words.add(new OcrWord(w.text(), w.confidence(),
						new Box(region.page(), b.x() - PAD + clip.x(), b.y() - PAD + clip.y(), b.w(), b.h())));
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
}
