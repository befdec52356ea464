package com.onereview.ocr;

/**
 * A rectangle on a page image, in pixels of the page as rendered for OCR (300 dpi for PDF pages,
 * native size for images, after orientation correction). Pages count from 1.
 */
public record Box(int page, int x, int y, int w, int h) {

	public int right() {
		return x + w;
	}

	public int bottom() {
		return y + h;
	}

	public int centerY() {
		return y + h / 2;
	}

	/** The smallest box holding both; both must be on the same page. */
	public Box union(Box other) {
		int nx = Math.min(x, other.x);
		int ny = Math.min(y, other.y);
		return new Box(page, nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
	}
}
