package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.benjaminwan.ocrlibrary.OcrResult;
import io.github.mymonstercat.ocr.config.ParamConfig;

/**
 * PaddleOCR's PP-OCRv4 models through RapidOCR (ONNX Runtime in a native library). The library reads files only,
 * so each page goes through a temporary PNG. Detection runs on the page scaled to at most {@value #MAX_SIDE} px
 * (faster and more accurate than full resolution here); boxes come back in the page's own pixels. Calls are
 * serialised JVM-wide by {@link PaddleRuntime}.
 * <p>
 * The temporary page is an uncompressed BMP in shared memory where the machine has it: compressing an A4 page to
 * PNG and back took longer than some of the recognition (measured 0.40–0.63 s against 0.12–0.17 s to write).
 */
final class PaddleOcrEngine implements OcrEngine {

	static final int MAX_SIDE = 1024;

	/** Where the temporary page goes: {@code /dev/shm} (memory) when writable, else the JVM's temp directory. */
	private static final Path SCRATCH = scratchDirectory();

	private final OcrSettings settings;

	PaddleOcrEngine(OcrSettings settings) {
		this.settings = settings;
	}

	@Override
	public String name() {
		return "paddleocr";
	}

	@Override
	public PageText recognize(BufferedImage image, int pageNumber) throws OcrException {
		BufferedImage rgb = PageImages.toRgb(image);
		Path file = null;
		try {
			file = Files.createTempFile(SCRATCH, "onereview-paddle-", ".bmp");
			ImageIO.write(rgb, "bmp", file.toFile());
			OcrResult result = PaddleRuntime.run(file, params(), settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return new PageText(pageNumber, rgb.getWidth(), rgb.getHeight(), TextSource.OCR, name(), 0, 0,
					PaddleLines.lines(result.getTextBlocks(), rgb.getWidth(), rgb.getHeight(), pageNumber));
		}
		catch (OcrException ex) {
			throw ex;
		}
		catch (Exception | LinkageError ex) {
			throw new OcrException("PaddleOCR failed on page " + pageNumber + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static Path scratchDirectory() {
		Path shm = Path.of("/dev/shm");
		return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
	}

	private static ParamConfig params() {
		ParamConfig params = ParamConfig.getDefaultConfig();
		params.setMaxSideLen(MAX_SIDE);
		return params;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a leftover temporary file is harmless
			}
		}
	}
}
