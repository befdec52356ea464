package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageStraightenerTests {

	private static PageStraightener straightener;
	private static BufferedImage upright;

	@BeforeAll
	static void start() {
		TestPages.assumeCjkFont();
		straightener = new PageStraightener(OcrSettings.defaults().withPoolSize(1));
		upright = TestPages.licensePage(1400).image();
	}

	@AfterAll
	static void stop() {
		if (straightener != null) {
			straightener.close();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 90, 180, 270 })
	void turnsAQuarterTurnedScanUpright(int turnedBy) throws Exception {
		BufferedImage scan = PageImages.rotateQuadrants(upright, turnedBy);
		long t = System.nanoTime();
		PageStraightener.Straightened s = straightener.straighten(scan);
		System.out.printf("turned %d: rotation %d skew %.2f in %.2f s%n", turnedBy, s.rotation(), s.skewDegrees(),
				(System.nanoTime() - t) / 1e9);
		assertThat(s.rotation()).isEqualTo(Math.floorMod(360 - turnedBy, 360));
		assertThat(new SkewEstimator().linesRunAcross(scan)).isEqualTo(turnedBy % 180 == 0);
		assertThat(s.skewDegrees()).isZero();
		assertThat(s.image().getWidth()).isEqualTo(upright.getWidth());
	}

	/** Regression: blank margins once made the line-profile check veto OSD's correct answer on full pages. */
	@Test
	void turnsASidewaysSkewedFullPageUpright() throws Exception {
		BufferedImage scan = PageImages.rotateSmall(PageImages.rotateQuadrants(TestPages.fullPage(), 90), 2);
		PageStraightener.Straightened s = straightener.straighten(scan);
		assertThat(s.rotation()).isEqualTo(270);
		assertThat(s.skewDegrees()).isCloseTo(-2.0, within(0.3));
	}

	@Test
	void leavesABlankPageAlone() throws Exception {
		BufferedImage blank = PageImages.toRgb(new BufferedImage(1200, 1600, BufferedImage.TYPE_INT_RGB));
		Graphics2D g = blank.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1200, 1600);
		g.dispose();
		PageStraightener.Straightened s = straightener.straighten(blank);
		assertThat(s.rotation()).isZero();
		assertThat(s.skewDegrees()).isZero();
	}

	@ParameterizedTest
	@ValueSource(doubles = { 3.0, -3.0, -1.5 })
	void levelsASkewedScan(double skewedBy) throws Exception {
		BufferedImage scan = PageImages.rotateSmall(upright, skewedBy);
		long t = System.nanoTime();
		PageStraightener.Straightened s = straightener.straighten(scan);
		System.out.printf("skewed %.1f: rotation %d skew %.2f in %.2f s%n", skewedBy, s.rotation(), s.skewDegrees(),
				(System.nanoTime() - t) / 1e9);
		assertThat(s.rotation()).isZero();
		assertThat(s.skewDegrees()).isCloseTo(-skewedBy, within(0.3));
	}
}
