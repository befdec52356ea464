package com.onereview.extraction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;

import static org.assertj.core.api.Assertions.assertThat;

/** Stamp ink told from print by colour, on a drawn page: black digits with a translucent red bar over them. */
class StampInkTests {

	private static BufferedImage stampedPage() {
		BufferedImage page = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(new Color(253, 252, 248));
		g.fillRect(0, 0, 400, 100);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
		g.drawString("12345678", 10, 60);
		// a form's dark red rule, as on a wire transfer form
		g.setColor(new Color(120, 20, 30));
		g.fillRect(0, 90, 400, 3);
		// the stamp: the darkest red the generator presses, over the right half
		g.setColor(new Color(220, 35, 40, 190));
		g.fillRect(200, 0, 200, 100);
		g.dispose();
		return page;
	}

	@Test
	void aStampOverARegionIsSeenAndPrintAloneIsNot() {
		BufferedImage page = stampedPage();
		assertThat(StampInk.over(page, new Box(1, 220, 10, 150, 60))).isTrue();
		assertThat(StampInk.over(page, new Box(1, 0, 10, 190, 60))).isFalse();
		assertThat(StampInk.isStampRed(new Color(120, 20, 30).getRGB())).as("form print").isFalse();
	}

	@Test
	void washingWhitensTheStampAndKeepsPrintAndRulesDark() {
		BufferedImage page = stampedPage();
		BufferedImage washed = StampInk.washed(page);
		int printedUnderStamp = 0;
		int darkUnderStamp = 0;
		int darkStampOnly = 0;
		for (int y = 20; y < 70; y++) {
			for (int x = 200; x < 400; x++) {
				boolean printed = (page.getRGB(x, y) >> 8 & 0xff) < 30;
				boolean dark = (washed.getRGB(x, y) & 0xff) < 128;
				printedUnderStamp += printed ? 1 : 0;
				darkUnderStamp += printed && dark ? 1 : 0;
				darkStampOnly += !printed && dark ? 1 : 0;
			}
		}
		assertThat(printedUnderStamp).isGreaterThan(50);
		assertThat(darkUnderStamp).as("print under the stamp stays dark").isEqualTo(printedUnderStamp);
		assertThat(darkStampOnly).as("stamp ink on paper washes out").isZero();
		assertThat(washed.getRGB(50, 91) & 0xff).as("the form's rule").isLessThan(60);
		assertThat(washed.getRGB(50, 5) & 0xff).as("paper").isEqualTo(255);
	}
}
