package com.onereview.forms;

/** {@code flatten}: fields become page content (the archive copy); {@code draft}: a DRAFT watermark (previews). */
public record FillOptions(boolean flatten, boolean draft) {

	public static FillOptions plain() {
		return new FillOptions(false, false);
	}
}
