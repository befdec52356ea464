package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Tess4jOcrEngineTests {

	private static Tess4jOcrEngine engine;

	@BeforeAll
	static void start() {
		TestPages.assumeCjkFont();
		engine = new Tess4jOcrEngine(OcrSettings.defaults().withPoolSize(1));
	}

	@AfterAll
	static void stop() {
		if (engine != null) {
			engine.close();
		}
	}

	@Test
	void readsChineseLinesWithBoxesWhereTheyWereDrawn() throws Exception {
		TestPages.Drawn page = TestPages.licensePage(1000);
		long t = System.nanoTime();
		PageText text = engine.recognize(page.image(), 1);
		System.out.printf("engine: %.2f s%n%s", (System.nanoTime() - t) / 1e9, text.plainText());

		assertThat(text.source()).isEqualTo(TextSource.OCR);
		assertThat(text.engine()).isEqualTo("tesseract");
		for (int i = 0; i < TestPages.LINES.size(); i++) {
			String expected = TestPages.LINES.get(i);
			OcrLine best = bestMatch(text.lines(), expected);
			assertThat(TestPages.similarity(best.text(), expected)).as(best.text()).isGreaterThanOrEqualTo(0.9);
			Rectangle drawn = page.lineBoxes().get(i);
			assertThat(best.box().page()).isEqualTo(1);
			assertThat(Math.abs(best.box().x() - drawn.x)).isLessThan(15);
			assertThat(Math.abs(best.box().centerY() - (int) drawn.getCenterY())).isLessThan(15);
			assertThat(best.words()).allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 1.0));
		}
		assertThat(text.plainText()).contains("91350100M000100Y43");
	}

	static OcrLine bestMatch(List<OcrLine> lines, String expected) {
		return lines.stream()
			.max((a, b) -> Double.compare(TestPages.similarity(a.text(), expected),
					TestPages.similarity(b.text(), expected)))
			.orElseThrow();
	}
}
