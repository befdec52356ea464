package com.onereview.ingest;

import java.text.Normalizer;

/**
 * A client's file name made safe to keep and show: no directories, no control or bidi characters,
 * bounded length. Originals are stored by hash in the database, never under this name.
 */
final class SafeFileName {

	private static final int MAX_LENGTH = 200;

	private SafeFileName() {
	}

	static String of(String clientName) {
		if (clientName == null) {
			return "upload";
		}
		String name = Normalizer.normalize(clientName, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > MAX_LENGTH) {
			name = name.substring(name.length() - MAX_LENGTH);
		}
		return name.isEmpty() ? "upload" : name;
	}
}
