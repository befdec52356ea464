package com.onereview.ocr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * A fixed set of initialised Tesseract handles. A handle is not thread-safe (two threads on one crashed the
 * JVM), so each is lent to one caller at a time and only given back once native code has returned.
 */
final class TessHandlePool implements AutoCloseable {

	private static final TessAPI API = TessAPI.INSTANCE;

	private final List<TessBaseAPI> all = new ArrayList<>();
	private final BlockingQueue<TessBaseAPI> idle;
	private volatile boolean closed;

	TessHandlePool(String tessdataPath, String languages, int oem, int psm, int size) {
		idle = new ArrayBlockingQueue<>(size);
		try {
			for (int i = 0; i < size; i++) {
				TessBaseAPI handle = API.TessBaseAPICreate();
				all.add(handle);
				if (API.TessBaseAPIInit2(handle, tessdataPath, languages, oem) != 0) {
					throw new IllegalStateException(
							"Tesseract could not load '" + languages + "' from " + tessdataPath);
				}
				API.TessBaseAPISetPageSegMode(handle, psm);
				// keeps Tesseract's "Estimating resolution" chatter out of the service's stderr
				API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
				idle.add(handle);
			}
		}
		catch (RuntimeException | Error e) {
			free(all);
			throw e;
		}
	}

	static TessAPI api() {
		return API;
	}

	/** Waits up to {@code wait} for a free handle. */
	TessBaseAPI acquire(Duration wait) throws OcrException {
		if (closed) {
			throw new OcrException("OCR engine is closed");
		}
		try {
			TessBaseAPI handle = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
			if (handle == null) {
				throw new OcrException("no Tesseract handle became free within " + wait);
			}
			return handle;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrException("interrupted while waiting for a Tesseract handle", e);
		}
	}

	/** Gives a handle back; call only after every native call on it has returned. */
	void release(TessBaseAPI handle) {
		API.TessBaseAPIClear(handle);
		idle.add(handle);
	}

	/** Frees every handle, waiting a little for those still lent out; idempotent. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		List<TessBaseAPI> back = new ArrayList<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		try {
			while (back.size() < all.size() && System.nanoTime() < deadline) {
				TessBaseAPI h = idle.poll(100, TimeUnit.MILLISECONDS);
				if (h != null) {
					back.add(h);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		// a handle still running native code is leaked rather than freed under its feet
		free(back);
	}

	private static void free(List<TessBaseAPI> handles) {
		for (TessBaseAPI handle : handles) {
			API.TessBaseAPIEnd(handle);
			API.TessBaseAPIDelete(handle);
		}
	}
}
