package com.onereview.extraction;

import com.onereview.ocr.Box;

import java.util.Set;

/**
 * A label seen on a page: which one, where, and how many of its characters matched.
 * @param glyphs the {@link Glyph#seq()} of the glyphs that matched
 */
record FoundLabel(LicenseLabel label, Box box, int matched, int length, Set<Integer> glyphs) {

	FoundLabel(LicenseLabel label, Box box, int matched, int length) {
		this(label, box, matched, length, Set.of());
	}

	int height() {
		return box.h();
	}
}
