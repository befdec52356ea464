package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Finds a round red seal on a page and unwraps the text on its ring into a straight strip that a line
 * recogniser can read: on a business license the registration authority is printed only there.
 * The ring text runs clockwise over the top of the seal, upright towards the rim, so the strip is
 * sampled from the rim (top row) inwards, left to right from the lower left of the ring.
 */
public final class SealRing {

	private static final int GRID = 4;

	private static final int MIN_DIAMETER = 240;

	private SealRing() {
	}

	/** Where a seal sits on the page image. */
	public record Seal(int centerX, int centerY, int radius) {

		public Box box(int page) {
			return new Box(page, centerX - radius, centerY - radius, 2 * radius, 2 * radius);
		}
	}

	/** The largest roughly round red shape on the page, if any. */
	public static Optional<Seal> find(BufferedImage page) {
		int gw = page.getWidth() / GRID;
		int gh = page.getHeight() / GRID;
		boolean[] red = new boolean[gw * gh];
		for (int y = 0; y < gh; y++) {
			for (int x = 0; x < gw; x++) {
				red[y * gw + x] = redness(page.getRGB(x * GRID, y * GRID)) > 90;
			}
		}
		return largestRoundComponent(red, gw, gh);
	}

	/**
	 * The ring text as a strip: light background, dark text. {@code fromDegrees} and {@code toDegrees} are angles
	 * counter-clockwise from 3 o'clock (the default 215 to -35 covers the arc over the top).
	 */
	public static BufferedImage unwrap(BufferedImage page, Seal seal, double fromDegrees, double toDegrees) {
		double rOut = 0.93 * seal.radius();
		double rIn = 0.50 * seal.radius();
		double from = Math.toRadians(fromDegrees);
		double to = Math.toRadians(toDegrees);
		int height = (int) (rOut - rIn);
		int width = (int) (Math.abs(from - to) * (rIn + rOut) / 2);
		BufferedImage strip = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		for (int x = 0; x < width; x++) {
			double angle = from + (to - from) * x / width;
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			for (int y = 0; y < height; y++) {
				double r = rOut - y;
				int px = (int) Math.round(seal.centerX() + r * cos);
				int py = (int) Math.round(seal.centerY() - r * sin);
				int grey = 255;
				if (px >= 0 && py >= 0 && px < page.getWidth() && py < page.getHeight()) {
					grey = 255 - Math.min(255, 2 * redness(page.getRGB(px, py)));
				}
				strip.setRGB(x, y, grey << 16 | grey << 8 | grey);
			}
		}
		return strip;
	}

	/** How much redder than grey a pixel is: 0 for black, white and grey ink, high for seal red. */
	static int redness(int rgb) {
		int r = rgb >> 16 & 0xff;
		int g = rgb >> 8 & 0xff;
		int b = rgb & 0xff;
		return Math.max(0, r - Math.max(g, b));
	}

	private static Optional<Seal> largestRoundComponent(boolean[] red, int gw, int gh) {
		boolean[] seen = new boolean[red.length];
		Seal best = null;
		int bestCount = 0;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int start = 0; start < red.length; start++) {
			if (!red[start] || seen[start]) {
				continue;
			}
			int count = 0;
			int minX = gw;
			int maxX = 0;
			int minY = gh;
			int maxY = 0;
			seen[start] = true;
			queue.add(start);
			while (!queue.isEmpty()) {
				int at = queue.poll();
				int x = at % gw;
				int y = at / gw;
				count++;
				minX = Math.min(minX, x);
				maxX = Math.max(maxX, x);
				minY = Math.min(minY, y);
				maxY = Math.max(maxY, y);
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						int ny = y + dy;
						int next = ny * gw + nx;
						if (nx >= 0 && ny >= 0 && nx < gw && ny < gh && red[next] && !seen[next]) {
							seen[next] = true;
							queue.add(next);
						}
					}
				}
			}
			int w = (maxX - minX + 1) * GRID;
			int h = (maxY - minY + 1) * GRID;
			boolean round = w >= MIN_DIAMETER && h >= MIN_DIAMETER && w <= 1.25 * h && h <= 1.25 * w;
			if (round && count > bestCount) {
				bestCount = count;
				best = new Seal((minX + maxX + 1) * GRID / 2, (minY + maxY + 1) * GRID / 2, (w + h) / 4);
			}
		}
		return Optional.ofNullable(best);
	}
}
