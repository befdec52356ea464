package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/** One page as read: the upright page image the boxes refer to, its text, and the text on its seals. */
public record ReadPage(int pageNumber, BufferedImage image, PageText text, List<SealText> seals) {

	public ReadPage {
		seals = List.copyOf(seals);
	}

	/** A page without seal text. */
	public ReadPage(int pageNumber, BufferedImage image, PageText text) {
		this(pageNumber, image, text, List.of());
	}
}
