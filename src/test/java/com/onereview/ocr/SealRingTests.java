package com.onereview.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SealRingTests {

	@Test
	void findsARedRingAndIgnoresBlackInkAndAGoldFrame() {
		BufferedImage page = new BufferedImage(2000, 1400, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 2000, 1400);
		g.setStroke(new BasicStroke(12));
		g.setColor(new Color(180, 130, 60)); // a gold frame, long and not round
		g.drawRect(30, 30, 1940, 1340);
		g.setColor(Color.BLACK); // a black circle is ink, not a seal
		g.drawOval(200, 200, 400, 400);
		g.setColor(new Color(220, 40, 40));
		g.drawOval(1300, 800, 440, 440);
		g.dispose();

		SealRing.Seal seal = SealRing.find(page).orElseThrow();
		assertThat(seal.centerX()).isBetween(1510, 1530);
		assertThat(seal.centerY()).isBetween(1010, 1030);
		assertThat(seal.radius()).isBetween(215, 235);
		assertThat(seal.box(1)).isEqualTo(new Box(1, seal.centerX() - seal.radius(), seal.centerY() - seal.radius(),
				2 * seal.radius(), 2 * seal.radius()));
	}

	@Test
	void noSealOnAPageWithoutRed() {
		BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_3BYTE_BGR);
		assertThat(SealRing.find(page)).isEmpty();
	}

	@Test
	void unwrapsTheArcOverTheTopIntoADarkOnLightStrip() {
		BufferedImage page = new BufferedImage(1000, 1000, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1000, 1000);
		g.setColor(new Color(230, 30, 30));
		g.fillRect(480, 300, 40, 60); // a red mark at 12 o'clock, inside the ring band
		g.dispose();
		SealRing.Seal seal = new SealRing.Seal(500, 500, 220);

		BufferedImage strip = SealRing.unwrap(page, seal, 215, -35);
		assertThat(strip.getWidth()).isGreaterThan(strip.getHeight() * 4);
		// 12 o'clock is the middle of the arc from 215 to -35 degrees
		assertThat(strip.getRGB(strip.getWidth() / 2, strip.getHeight() / 2) & 0xff).isLessThan(80);
		assertThat(strip.getRGB(5, strip.getHeight() / 2) & 0xff).isEqualTo(255);
	}
}
