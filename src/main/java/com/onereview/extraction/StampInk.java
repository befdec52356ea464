package com.onereview.extraction;

import java.awt.image.BufferedImage;
import java.util.List;

import com.onereview.ocr.Box;

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

	/**
	 * The page with stamp ink washed out, as grey from the red channel: red ink is as bright as paper there
	 * (stamp on paper 220 or more against 253), while black print stays dark even under a stamp (at most about 165,
	 * made full black),
	 * and so do a form's dark red or blue labels and rules (at most about 195 under a stamp). Levels at or above {@link #WASHED_WHITE} become white,
	 * which also drops the light grey rules of the amount's digit boxes.
	 */
	static BufferedImage washed(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int r = image.getRGB(x, y) >> 16 & 0xff;
				int v = r >= WASHED_WHITE ? 255 : r <= WASHED_BLACK ? 0
						: (r - WASHED_BLACK) * 255 / (WASHED_WHITE - WASHED_BLACK);
				out.setRGB(x, y, v << 16 | v << 8 | v);
			}
		}
		return out;
	}

	/** Red-channel level from which a pixel is paper in {@link #washed}. */
	static final int WASHED_WHITE = 205;

	/** Red-channel level up to which a pixel is full ink in {@link #washed}. */
	static final int WASHED_BLACK = 170;

	/**
	 * Whether stamp ink lies over a region: enough pixels of bright red (stamp on paper, not a form's dark red
	 * print, nor black print under the stamp). Sampled every other pixel.
	 */
	static boolean over(BufferedImage image, Box region) {
		if (image == null) {
			return false;
		}
		int x0 = Math.max(0, region.x());
		int y0 = Math.max(0, region.y());
		int x1 = Math.min(image.getWidth(), region.right());
		int y1 = Math.min(image.getHeight(), region.bottom());
		int red = 0;
		for (int y = y0; y < y1; y += STEP) {
			for (int x = x0; x < x1; x += STEP) {
				red += isStampRed(image.getRGB(x, y)) ? 1 : 0;
			}
		}
		return red >= STAMPED_SAMPLES;
	}

	/** Sampled stamp pixels from which a region counts as stamped: a ring's stroke across a table row has ~200. */
	private static final int STAMPED_SAMPLES = 40;

	/**
	 * Stamp red on paper: a red channel as bright as paper's (a blend of stamp red and paper is 220 or more; black
	 * or a form's rule under the stamp stays below 200) well above green and blue.
	 */
	static boolean isStampRed(int rgb) {
		int r = rgb >> 16 & 0xff;
		int other = Math.max(rgb >> 8 & 0xff, rgb & 0xff);
		return r >= 205 && r - other >= 60;
	}
}
