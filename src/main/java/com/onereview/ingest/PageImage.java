package com.onereview.ingest;

/** A page image as stored: the upright rendering that the result's boxes refer to. */
public record PageImage(int width, int height, String source, String engine, int rotation, String mediaType,
		byte[] bytes) {
}
