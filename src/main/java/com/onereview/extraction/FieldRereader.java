package com.onereview.extraction;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.onereview.ocr.Box;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrException;
import com.onereview.ocr.OcrLine;
import com.onereview.ocr.OcrWord;

/** A second, single-line reading of a value's crop of the page image; none without a {@link LineReader}. */
final class FieldRereader {

	static final FieldRereader NONE = new FieldRereader(null, null);

	private static final Logger log = LoggerFactory.getLogger(FieldRereader.class);

	private final LineReader reader;

	private final BufferedImage image;

	FieldRereader(LineReader reader, BufferedImage image) {
		this.reader = reader;
		this.image = image;
	}

	boolean available() {
		return reader != null && image != null;
	}

	/** The region's text as one line (NFKC, white space removed), empty when nothing could be read. */
	Optional<ValueText> reread(Box region) {
		if (!available()) {
			return Optional.empty();
		}
		try {
			OcrLine line = reader.readLine(image, region);
			return Optional.ofNullable(of(line));
		}
		catch (OcrException e) {
			// the page reading still stands; the second opinion is only lost
			log.warn("re-reading a value failed: {}", e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Where the ink of a line ends, walking right from {@code fromX} to at most {@code limitX}: at the first blank
	 * stretch wider than {@code gap} (the gap between columns) or at a ruled line (ink over the band's full height).
	 */
	int inkRight(int fromX, int limitX, int top, int bottom, int gap) {
		if (!available()) {
			return fromX;
		}
		int y0 = Math.max(0, top);
		int y1 = Math.min(image.getHeight(), bottom);
		int lastInk = fromX;
		for (int x = Math.max(0, fromX); x < Math.min(limitX, image.getWidth()) && x - lastInk <= gap; x++) {
			int dark = 0;
			for (int y = y0; y < y1; y++) {
				dark += isInk(image.getRGB(x, y)) ? 1 : 0;
			}
			if (dark >= 0.9 * (y1 - y0)) {
				break;
			}
			if (dark > 0) {
				lastInk = x;
			}
		}
		return lastInk;
	}

	private static boolean isInk(int rgb) {
		return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 128;
	}

	private static ValueText of(OcrLine line) {
		StringBuilder sb = new StringBuilder();
		double sum = 0;
		double min = 1;
		int n = 0;
		for (OcrWord w : line.words()) {
			String t = Normalizer.normalize(w.text(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
			sb.append(t);
			sum += w.confidence() * t.length();
			min = Math.min(min, w.confidence());
			n += t.length();
		}
		return n == 0 ? null : new ValueText(sb.toString(), line.box(), sum / n, min);
	}
}
