package com.onereview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A fixture scan made unique: the same image with a few bytes after its end (PNG and JPEG readers stop at their
 * end marker), so its SHA-256 is new and it is not taken for a re-upload by tests sharing one application context.
 */
public final class UniqueScans {

	private UniqueScans() {
	}

	public static byte[] bytes(Path scan) {
		try {
			byte[] image = Files.readAllBytes(scan);
			byte[] nonce = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
			byte[] unique = new byte[image.length + nonce.length];
			System.arraycopy(image, 0, unique, 0, image.length);
			System.arraycopy(nonce, 0, unique, image.length, nonce.length);
			return unique;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A unique copy under the same file name, in a new temporary folder. */
	public static Path copy(Path scan) {
		try {
			Path copy = Files.createTempDirectory("onereview-scan-").resolve(scan.getFileName());
			Files.write(copy, bytes(scan));
			copy.toFile().deleteOnExit();
			copy.getParent().toFile().deleteOnExit();
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
