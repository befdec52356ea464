package com.onereview.ocr;

import java.util.List;

/** One text line in reading order; {@code text} joins the words as the engine reported them. */
public record OcrLine(String text, double confidence, Box box, List<OcrWord> words) {

	public OcrLine {
		words = List.copyOf(words);
	}
}
