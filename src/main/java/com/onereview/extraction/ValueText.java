package com.onereview.extraction;

import java.util.List;

import com.onereview.ocr.Box;

/** The glyphs taken as one field's value: joined text, their box and confidences. */
record ValueText(String text, Box box, double meanConfidence, double minConfidence) {

	static ValueText of(List<Glyph> glyphs) {
		if (glyphs.isEmpty()) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		Box box = glyphs.get(0).box();
		double sum = 0;
		double min = 1;
		for (Glyph g : glyphs) {
			sb.append(g.c());
			box = box.union(g.box());
			sum += g.confidence();
			min = Math.min(min, g.confidence());
		}
		return new ValueText(sb.toString(), box, sum / glyphs.size(), min);
	}

	/** A blend that lets one doubtful character pull the whole value down. */
	double quality() {
		return 0.5 * meanConfidence + 0.5 * minConfidence;
	}
}
