package com.onereview.ocr;

/** Where a page's text came from. */
public enum TextSource {
	/** Characters drawn in a digital PDF. */
	TEXT_LAYER,
	/** Recognised from pixels. */
	OCR
}
