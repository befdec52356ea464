package com.onereview.ocr;

import java.util.List;

/** A whole document as read, pages in order. */
public record ReadDocument(String mediaType, List<ReadPage> pages) {

	public ReadDocument {
		pages = List.copyOf(pages);
	}
}
