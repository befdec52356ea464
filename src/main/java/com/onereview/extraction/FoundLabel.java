package com.onereview.extraction;

import com.onereview.ocr.Box;

/** A label seen on a page: which one, where, and how many of its characters matched. */
record FoundLabel(LicenseLabel label, Box box, int matched, int length) {

	int height() {
		return box.h();
	}
}
