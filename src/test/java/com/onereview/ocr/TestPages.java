package com.onereview.ocr;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Synthetic license-like pages drawn with the system's Noto CJK font at about 300 dpi. */
final class TestPages {

	static final String CODE_LINE = "统一社会信用代码 91350100M000100Y43";
	static final String NAME_LINE = "名称 石家庄市长安区示例科技有限公司";
	static final String TYPE_LINE = "类型 有限责任公司(自然人投资或控股)";
	static final List<String> LINES = List.of(CODE_LINE, NAME_LINE, TYPE_LINE);
	static final String FONT = "Noto Sans CJK SC";

	/** A drawn page and where each line's ink was put. */
	record Drawn(BufferedImage image, List<Rectangle> lineBoxes) {
	}

	private TestPages() {
	}

	static void assumeCjkFont() {
		boolean present = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
				.contains(FONT);
		assumeThat(present).as("font " + FONT + " (fonts-noto-cjk) installed").isTrue();
	}

	/** A 2480 px wide page (A4 width at 300 dpi) with the lines in 12 pt type. */
	static Drawn licensePage(int height) {
		BufferedImage img = new BufferedImage(2480, height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = img.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, img.getWidth(), img.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font(FONT, Font.PLAIN, 56));
		FontMetrics fm = g.getFontMetrics();
		List<Rectangle> boxes = new ArrayList<>();
		int y = 300;
		for (String line : LINES) {
			g.drawString(line, 250, y);
			Rectangle r = g.getFont().createGlyphVector(g.getFontRenderContext(), line).getPixelBounds(null, 250, y);
			boxes.add(r);
			y += fm.getHeight() * 2;
		}
		g.dispose();
		return new Drawn(img, boxes);
	}

	/** A full A4 page at 300 dpi: 30 lines of 12 pt text with wide margins. */
	static BufferedImage fullPage() {
		BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = img.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, img.getWidth(), img.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font(FONT, Font.PLAIN, 50));
		for (int i = 0; i < 30; i++) {
			g.drawString(LINES.get(i % LINES.size()) + " 第" + i + "行", 200, 250 + i * 105);
		}
		g.dispose();
		return img;
	}

	/** Similarity 0..1 of two strings by edit distance, white space ignored. */
	static double similarity(String a, String b) {
		String x = a.replaceAll("\\s+", "");
		String y = b.replaceAll("\\s+", "");
		int[] prev = new int[y.length() + 1];
		int[] cur = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
				cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		int longer = Math.max(x.length(), y.length());
		return longer == 0 ? 1 : 1 - (double) prev[y.length()] / longer;
	}
}
