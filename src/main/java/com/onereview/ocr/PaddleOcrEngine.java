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

	static final int MAX_SIDE = Integer.getInteger("onereview.paddle.detect-side", 1024);

	/**
	 * A page whose longer side is larger goes to the engine scaled down to this (an A4 page at 300 dpi is 3508 px
	 * long; 2480 is about 212 dpi), and its boxes are scaled back. Recognition works on 48 px high crops either way;
	 * the full-size page only cost writing, reading and cropping. Measured on 12 mixed pages (seed 303, every
	 * degradation, same machine minutes apart): p50 1.96 → 1.34 s/page, CPU 26.9 → 19.8 s, the same fields right
	 * (97.2%) and none wrong at 0.9 or more.
	 */
	static final int PAGE_SIDE = 2480;

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
		BufferedImage shown = PageImages.downscale(rgb, PAGE_SIDE);
		double enlarge = (double) rgb.getWidth() / shown.getWidth();
		Path file = null;
		try {
			file = Files.createTempFile(SCRATCH, "onereview-paddle-", ".bmp");
			ImageIO.write(shown, "bmp", file.toFile());
			OcrResult result = PaddleRuntime.run(file, params(), settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return new PageText(pageNumber, rgb.getWidth(), rgb.getHeight(), TextSource.OCR, name(), 0, 0,
					PaddleLines.lines(result.getTextBlocks(), rgb.getWidth(), rgb.getHeight(), pageNumber, enlarge));
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
		if (System.getProperty("onereview.paddle.box-score") != null) {
			params.setBoxScoreThresh(Float.parseFloat(System.getProperty("onereview.paddle.box-score")));
		}
		if (System.getProperty("onereview.paddle.box-thresh") != null) {
			params.setBoxThresh(Float.parseFloat(System.getProperty("onereview.paddle.box-thresh")));
		}
		if (System.getProperty("onereview.paddle.unclip") != null) {
			params.setUnClipRatio(Float.parseFloat(System.getProperty("onereview.paddle.unclip")));
		}
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
