package com.onereview.ocr;

/** What a cheap look at the bytes found: the media type by content, and the page count. */
public record ContentProbe(String mediaType, int pages) {
}
