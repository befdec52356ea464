package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Tess4jLineReaderTests {

	private static LineReader reader;

	@BeforeAll
	static void start() {
		TestPages.assumeCjkFont();
		reader = DocumentReaders.lineReader(OcrSettings.defaults().withPoolSize(1));
	}

	@AfterAll
	static void stop() {
		if (reader != null) {
			reader.close();
		}
	}

	@Test
	void readsADrawnThreeCharacterNameInChineseWithPageBoxes() throws Exception {
		BufferedImage page = new BufferedImage(1600, 600, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 46));
		g.drawString("法定代表人", 100, 300);
		g.drawString("马桂娟", 500, 300);
		g.dispose();

		OcrLine line = reader.readLine(page, new Box(1, 470, 250, 400, 70));

		assertThat(line.text()).isEqualTo("马桂娟");
		assertThat(line.words()).allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 1.0));
		// boxes are in the page's pixels, not the crop's
		assertThat(line.box().page()).isEqualTo(1);
		assertThat(Math.abs(line.box().x() - 500)).isLessThan(12);
		assertThat(line.box().y()).isBetween(250, 275);
		assertThat(line.box().right()).isBetween(620, 650);
	}

	@Test
	void aRegionOffThePageReadsNothing() throws Exception {
		BufferedImage page = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
		OcrLine line = reader.readLine(page, new Box(1, 300, 300, 50, 50));
		assertThat(line.text()).isEmpty();
		assertThat(line.words()).isEmpty();
	}

	@Test
	void aClosedReaderRefusesWork() throws Exception {
		LineReader other = DocumentReaders.lineReader(OcrSettings.defaults().withPoolSize(1));
		other.close();
		other.close();
		BufferedImage page = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.readLine(page, new Box(1, 0, 0, 100, 50)))
			.isInstanceOf(OcrException.class);
	}
}
