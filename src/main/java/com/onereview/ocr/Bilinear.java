package com.onereview.ocr;

import java.awt.image.BufferedImage;

/** Bilinear sampling of an RGB image between pixel centres: for warping pages (rectifying photos, or making them). */
public final class Bilinear {

	private Bilinear() {
	}

	/**
	 * The colour at ({@code x + fx}, {@code y + fy}), from the four pixels around it.
	 * @param x column of the top-left neighbour (at most width − 2)
	 * @param y row of the top-left neighbour (at most height − 2)
	 * @param fx fraction towards the right neighbour, clamped to 0..1
	 * @param fy fraction towards the lower neighbour, clamped to 0..1
	 */
	public static int sample(BufferedImage img, int x, int y, double fx, double fy) {
		fx = Math.max(0, Math.min(1, fx));
		fy = Math.max(0, Math.min(1, fy));
		int a = img.getRGB(x, y);
		int b = img.getRGB(x + 1, y);
		int c = img.getRGB(x, y + 1);
		int d = img.getRGB(x + 1, y + 1);
		int out = 0;
		for (int shift = 0; shift <= 16; shift += 8) {
			double top = (a >> shift & 0xff) * (1 - fx) + (b >> shift & 0xff) * fx;
			double bottom = (c >> shift & 0xff) * (1 - fx) + (d >> shift & 0xff) * fx;
			out |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
		}
		return out;
	}
}
