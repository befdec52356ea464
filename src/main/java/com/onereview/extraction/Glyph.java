package com.onereview.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.onereview.ocr.Box;
import com.onereview.ocr.OcrLine;
import com.onereview.ocr.OcrWord;
import com.onereview.ocr.PageText;

/** One character with its share of its word's box; OCR gives Chinese as loose characters, so work on these. */
record Glyph(char c, Box box, double confidence, int line, int seq) {

	int centerX() {
		return box.x() + box.w() / 2;
	}

	/** Every character of a page (NFKC, white space dropped), each word's box split evenly over its characters. */
	static List<Glyph> of(PageText page) {
		List<Glyph> glyphs = new ArrayList<>();
		int lineIndex = 0;
		for (OcrLine line : page.lines()) {
			for (OcrWord word : line.words()) {
				String text = Normalizer.normalize(word.text(), Normalizer.Form.NFKC).replaceAll("\\s+", "");
				int n = text.length();
				if (n == 0) {
					continue;
				}
				Box b = word.box();
				for (int i = 0; i < n; i++) {
					int x0 = b.x() + b.w() * i / n;
					int x1 = b.x() + b.w() * (i + 1) / n;
					glyphs.add(new Glyph(text.charAt(i), new Box(page.pageNumber(), x0, b.y(), Math.max(1, x1 - x0), b.h()),
							word.confidence(), lineIndex, glyphs.size()));
				}
			}
			lineIndex++;
		}
		return glyphs;
	}
}
