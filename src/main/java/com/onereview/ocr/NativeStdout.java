package com.onereview.ocr;

import java.util.concurrent.Callable;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Sends what native code prints with C's {@code printf} to standard error while a call runs. RapidOCR's native
 * library prints progress to file descriptor 1, which {@code System.setOut} cannot catch, and the {@code extract}
 * command's standard output must carry only JSON lines. Java output written meanwhile goes to standard error
 * too, so nothing is lost.
 */
final class NativeStdout {

	private static final int STDOUT = 1;

	private static final int STDERR = 2;

	private static final LibC C = Native.load("c", LibC.class);

	private NativeStdout() {
	}

	/** Runs {@code call} with file descriptor 1 pointing at standard error; one call at a time per JVM. */
	static synchronized <T> T divertedToStderr(Callable<T> call) throws Exception {
		System.out.flush();
		C.fflush(null);
		int saved = C.dup(STDOUT);
		if (saved < 0 || C.dup2(STDERR, STDOUT) < 0) {
			throw new IllegalStateException("cannot divert native standard output");
		}
		try {
			return call.call();
		}
		finally {
			// C's stdout is block-buffered when it is a pipe or file: flush while it still points at stderr
			C.fflush(null);
			System.out.flush();
			C.dup2(saved, STDOUT);
			C.close(saved);
		}
	}

	interface LibC extends Library {

		int dup(int fd);

		int dup2(int from, int to);

		int close(int fd);

		int fflush(Pointer stream);
	}
}
