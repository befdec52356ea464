package com.onereview.extraction;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Tells text printed in black from text stamped in red: a seal pressed over a field is read by OCR as more
 * characters of the value. A glyph most of whose ink is red belongs to a stamp and is dropped; black print under a
 * stamp keeps its black ink and stays.
 */
final class StampInk {

	private static final int STEP = 2;

	private StampInk() {
	}

	/** The glyphs without the stamped ones; all of them when there is no page image (a text layer). */
	static List<Glyph> withoutStamps(List<Glyph> glyphs, BufferedImage image) {
		if (image == null) {
			return glyphs;
		}
		return glyphs.stream().filter(g -> !stamped(g, image)).toList();
	}

	/**
	 * Red ink as bright as the paper around it is stamp ink; black print under a stamp turns dark red, so it counts
	 * by its darkness against the paper (the brightest red channel in the box), not by its hue.
	 */
	static boolean stamped(Glyph g, BufferedImage image) {
		int x0 = Math.max(0, g.box().x());
		int y0 = Math.max(0, g.box().y());
		int x1 = Math.min(image.getWidth(), g.box().right());
		int y1 = Math.min(image.getHeight(), g.box().bottom());
		int paper = 0;
		for (int y = y0; y < y1; y += STEP) {
			for (int x = x0; x < x1; x += STEP) {
				paper = Math.max(paper, image.getRGB(x, y) >> 16 & 0xff);
			}
		}
		int red = 0;
		int black = 0;
		for (int y = y0; y < y1; y += STEP) {
			for (int x = x0; x < x1; x += STEP) {
				int rgb = image.getRGB(x, y);
				int r = rgb >> 16 & 0xff;
				int other = Math.max(rgb >> 8 & 0xff, rgb & 0xff);
				if (r < 0.75 * paper) {
					black++;
				}
				else if (r - other > 0.3 * r) {
					red++;
				}
			}
		}
		return red > 8 && red > 3 * black;
	}
}
