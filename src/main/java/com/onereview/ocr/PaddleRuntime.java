package com.onereview.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;

import com.benjaminwan.ocrlibrary.OcrResult;
import io.github.mymonstercat.JarFileUtil;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;

/**
 * The one RapidOCR configuration a JVM can have (the library keeps it in a static), PP-OCRv4 with two ONNX
 * threads, and the lock that serialises calls: two threads at once were slower, not faster.
 */
final class PaddleRuntime {

	static final Model MODEL = Model.ONNX_PPOCR_V4;

	/** ONNX Runtime intra-op threads; the library passes this to the native side. */
	static final int THREADS = 2;

	private static final String NATIVE_LIBRARY = "lib/libRapidOcr.so";

	private static final ReentrantLock LOCK = new ReentrantLock();

	private static InferenceEngine engine;

	private PaddleRuntime() {
	}

	/** Runs OCR on an image file, waiting at most {@code timeout} for the engine; starts it on first use. */
	static OcrResult run(Path image, ParamConfig params, long timeout, TimeUnit unit) throws Exception {
		if (!LOCK.tryLock(timeout, unit)) {
			throw new OcrException("PaddleOCR busy for longer than " + unit.toSeconds(timeout) + " s");
		}
		try {
			InferenceEngine e = started();
			return NativeStdout.divertedToStderr(() -> e.runOcr(image.toString(), params));
		}
		finally {
			LOCK.unlock();
		}
	}

	private static InferenceEngine started() throws Exception {
		if (engine == null) {
			removeStaleFiles();
			engine = NativeStdout.divertedToStderr(
					() -> InferenceEngine.getInstance(MODEL, new HardwareConfig(THREADS, -1)));
		}
		return engine;
	}

	/**
	 * The library copies its native library and models to {@code /tmp/ocrJava/onnx} only when they are missing,
	 * so after an upgrade it would load the old ones: delete any whose CRC differs from the jar's entry.
	 */
	private static void removeStaleFiles() throws IOException {
		Path dir = Path.of(JarFileUtil.TEMP_DIR, MODEL.getModelType());
		removeIfStale(NATIVE_LIBRARY, dir.resolve("libRapidOcr.so"));
		for (String name : new String[] { MODEL.getDetName(), MODEL.getClsName(), MODEL.getRecName(), MODEL.getKeysName() }) {
			removeIfStale(MODEL.getModelsDir().substring(1) + "/" + name, dir.resolve(name));
		}
	}

	private static void removeIfStale(String resource, Path extracted) throws IOException {
		URL url = PaddleRuntime.class.getClassLoader().getResource(resource);
		if (url == null || !Files.exists(extracted)) {
			return;
		}
		URLConnection connection = url.openConnection();
		long expected = connection instanceof JarURLConnection jar ? jar.getJarEntry().getCrc() : crc(url.openStream());
		if (expected != crc(Files.newInputStream(extracted))) {
			Files.delete(extracted);
		}
	}

	private static long crc(InputStream stream) throws IOException {
		CRC32 crc = new CRC32();
		try (InputStream in = stream) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				crc.update(buffer, 0, n);
			}
		}
		return crc.getValue();
	}
}
