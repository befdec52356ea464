package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Small skew (up to ±5°) by projection profiles: text lines give the sharpest row histogram when the image is
 * turned exactly level. Works on a downscaled, binarised copy.
 */
final class SkewEstimator {

	static final double MAX_DEGREES = 5.0;
	/** Below this the page is left alone: turning would only blur it. */
	static final double MIN_DEGREES = 0.2;
	/** The best angle must sharpen the profile this much over the unturned page, or we are not sure. */
	static final double MIN_GAIN = 1.05;
	static final int MAX_SIDE = 1200;

	/** The clockwise turn in degrees that makes the text level; 0 when there is no clear skew. */
	double levellingAngle(BufferedImage page) {
		BufferedImage small = PageImages.downscale(page, MAX_SIDE);
		Ink ink = Ink.of(small);
		int[] xs = ink.xs();
		int[] ys = ink.ys();
		int n = ink.n();
		if (n < 200) {
			return 0;
		}
		int diag = (int) Math.ceil(Math.hypot(small.getWidth(), small.getHeight()));
		double zeroScore = score(xs, ys, n, 0, diag);
		double coarse = bestAngle(xs, ys, n, diag, -MAX_DEGREES, MAX_DEGREES, 0.25);
		double best = bestAngle(xs, ys, n, diag, coarse - 0.25, coarse + 0.25, 0.05);
		if (Math.abs(best) < MIN_DEGREES || score(xs, ys, n, best, diag) < zeroScore * MIN_GAIN) {
			return 0;
		}
		return Math.round(best * 100) / 100.0;
	}

	/**
	 * Whether the text runs across the page rather than up it: ink of horizontal lines piles into rows with empty
	 * gaps between them, so the row profile is far more uneven than the column profile.
	 */
	boolean linesRunAcross(BufferedImage page) {
		BufferedImage small = PageImages.downscale(page, MAX_SIDE);
		Ink ink = Ink.of(small);
		return unevenness(ink.ys(), ink.n(), small.getHeight()) > unevenness(ink.xs(), ink.n(), small.getWidth());
	}

	/**
	 * Sum of squared bin counts relative to an even spread (1 for flat, larger for peaks and gaps), over the span
	 * the ink covers only, so that blank margins do not count as structure.
	 */
	private static double unevenness(int[] coords, int n, int bins) {
		if (n == 0) {
			return 1;
		}
		int[] counts = new int[bins];
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			counts[coords[i]]++;
			min = Math.min(min, coords[i]);
			max = Math.max(max, coords[i]);
		}
		double sum = 0;
		for (int b = min; b <= max; b++) {
			sum += (double) counts[b] * counts[b];
		}
		return sum * (max - min + 1) / ((double) n * n);
	}

	private static double bestAngle(int[] xs, int[] ys, int n, int diag, double from, double to, double step) {
		double best = 0;
		double bestScore = -1;
		for (double a = from; a <= to + 1e-9; a += step) {
			double s = score(xs, ys, n, a, diag);
			if (s > bestScore) {
				best = a;
				bestScore = s;
			}
		}
		return best;
	}

	/** Sum of squared row counts after turning the dark pixels clockwise by {@code degrees}. */
	private static double score(int[] xs, int[] ys, int n, double degrees, int diag) {
		double rad = Math.toRadians(degrees);
		double sin = Math.sin(rad);
		double cos = Math.cos(rad);
		int[] rows = new int[3 * diag];
		for (int i = 0; i < n; i++) {
			// y' of a clockwise turn (screen coordinates, y down)
			int row = (int) Math.round(xs[i] * sin + ys[i] * cos) + diag;
			rows[row]++;
		}
		double sum = 0;
		for (int c : rows) {
			sum += (double) c * c;
		}
		return sum;
	}

	/** Coordinates of the dark pixels of a 3-byte image. */
	private record Ink(int[] xs, int[] ys, int n) {

		static Ink of(BufferedImage bgr) {
			int w = bgr.getWidth();
			int h = bgr.getHeight();
			byte[] px = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
			int[] xs = new int[w * h];
			int[] ys = new int[w * h];
			int n = 0;
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					int i = (y * w + x) * 3;
					if ((px[i] & 0xff) + (px[i + 1] & 0xff) + (px[i + 2] & 0xff) < 3 * 128) {
						xs[n] = x;
						ys[n] = y;
						n++;
					}
				}
			}
			return new Ink(xs, ys, n);
		}
	}
}
