package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaddleOcrEngineTests {

	private static PaddleOcrEngine engine;

	@BeforeAll
	static void start() {
		TestPages.assumeCjkFont();
		engine = new PaddleOcrEngine(OcrSettings.defaults().withEngine(OcrEngineType.PADDLE));
	}

	@AfterAll
	static void stop() {
		if (engine != null) {
			engine.close();
		}
	}

	@Test
	void readsChineseLinesWithBoxesWhereTheyWereDrawn() throws Exception {
		// 2480 px wide: the engine detects on a 1024 px copy, so this also checks boxes are scaled back
		TestPages.Drawn page = TestPages.licensePage(1000);
		PageText text = engine.recognize(page.image(), 2);
		assertReadWhereDrawn(page, text, 2480);
	}

	@Test
	void aPageLongerThanTheEngineSizeIsReadSmallerWithBoxesInItsOwnPixels() throws Exception {
		TestPages.Drawn page = TestPages.licensePage(PaddleOcrEngine.PAGE_SIDE + 1000);
		PageText text = engine.recognize(page.image(), 2);
		assertThat(text.height()).isEqualTo(PaddleOcrEngine.PAGE_SIDE + 1000);
		assertReadWhereDrawn(page, text, 2480);
	}

	private static void assertReadWhereDrawn(TestPages.Drawn page, PageText text, int width) {
		assertThat(text.source()).isEqualTo(TextSource.OCR);
		assertThat(text.engine()).isEqualTo("paddleocr");
		assertThat(text.width()).isEqualTo(width);
		assertThat(text.lines()).hasSize(TestPages.LINES.size());
		for (int i = 0; i < TestPages.LINES.size(); i++) {
			String expected = TestPages.LINES.get(i);
			OcrLine line = text.lines().get(i);
			assertThat(TestPages.similarity(line.text(), expected)).as(line.text()).isGreaterThanOrEqualTo(0.9);
			Rectangle drawn = page.lineBoxes().get(i);
			assertThat(line.box().page()).isEqualTo(2);
			assertThat(Math.abs(line.box().x() - drawn.x)).as("left of " + line.box()).isLessThan(15);
			assertThat(Math.abs(line.box().right() - (int) drawn.getMaxX())).as("right of " + line.box()).isLessThan(15);
			assertThat(Math.abs(line.box().centerY() - (int) drawn.getCenterY())).isLessThan(15);
			assertThat(line.words()).allSatisfy(w -> {
				assertThat(w.confidence()).isBetween(0.0, 1.0);
				assertThat(w.box().x()).isBetween(line.box().x(), line.box().right());
			});
		}
		OcrLine code = text.lines().get(0);
		assertThat(code.words()).extracting(OcrWord::text).contains("统", "91350100M000100Y43");
		// the first character sits at the left of the drawn line, the code at its right
		assertThat(code.words().get(0).box().x()).isLessThan(code.words().get(code.words().size() - 1).box().x());
	}

	@Test
	void documentReadersBuildTheEngineTheSettingsName() throws Exception {
		TestPages.Drawn page = TestPages.licensePage(800);
		try (DocumentReader reader = DocumentReaders.create(OcrSettings.defaults().withPoolSize(1).withEngine(OcrEngineType.PADDLE))) {
			ReadDocument doc = reader.read(TestFiles.image(page.image(), "png"));

			assertThat(doc.pages().get(0).text().engine()).isEqualTo("paddleocr");
			assertThat(doc.pages().get(0).text().plainText()).contains("91350100M000100Y43");
		}
	}

	@Test
	void engineNamesParseAnyCaseAndUnknownOnesAreRefused() {
		assertThat(OcrEngineType.parse("Paddle")).isEqualTo(OcrEngineType.PADDLE);
		assertThat(OcrEngineType.parse("tesseract")).isEqualTo(OcrEngineType.TESSERACT);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> OcrEngineType.parse("easyocr"))
			.withMessageContaining("tesseract or paddle");
		if (System.getenv("ONEREVIEW_OCR_ENGINE") == null) {
			assertThat(OcrSettings.defaults().engine()).as("the default page engine (ADR 0005)").isEqualTo(OcrEngineType.PADDLE);
		}
	}
}
