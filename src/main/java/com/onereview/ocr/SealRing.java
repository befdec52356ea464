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

	private static final int MIN_DIAMETER = 180;

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
				red[y * gw + x] = redness(page.getRGB(x * GRID, y * GRID)) > 55;
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
		// small seals (low-resolution scans, photos) are sampled finer, so the strip's letters keep a readable size
		double scale = Math.max(1, 200.0 / seal.radius());
		int height = (int) ((rOut - rIn) * scale);
		int width = (int) (Math.abs(from - to) * (rIn + rOut) / 2 * scale);
		int[] red = new int[width * height];
		for (int x = 0; x < width; x++) {
			double angle = from + (to - from) * x / width;
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			for (int y = 0; y < height; y++) {
				double r = rOut - y / scale;
				int px = (int) Math.round(seal.centerX() + r * cos);
				int py = (int) Math.round(seal.centerY() - r * sin);
				boolean inside = px >= 0 && py >= 0 && px < page.getWidth() && py < page.getHeight();
				// black print under the seal (登记机关) is dark but not red: left out
				int rgb = inside ? page.getRGB(px, py) : 0xffffff;
				red[y * width + x] = redness(rgb) > 12 ? darkness(rgb) : 0;
			}
		}
		return contrasted(red, width, height);
	}

	/**
	 * Dark text on white, stretched between the strip's typical background and its strongest ink: a blurred photo's
	 * pale halo around each letter stays light instead of running the letters together.
	 */
	private static BufferedImage contrasted(int[] red, int width, int height) {
		int[] sorted = red.clone();
		java.util.Arrays.sort(sorted);
		int low = sorted[sorted.length * 3 / 5];
		int high = Math.max(low + 40, sorted[sorted.length * 99 / 100]);
		BufferedImage strip = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		for (int i = 0; i < red.length; i++) {
			int ink = Math.max(0, Math.min(255, (red[i] - low) * 255 / (high - low)));
			int grey = 255 - ink;
			strip.setRGB(i % width, i / width, grey << 16 | grey << 8 | grey);
		}
		return strip;
	}

	/**
	 * How dark a pixel is. The ring is found by its colour but read by its brightness: JPEG keeps brightness at full
	 * resolution and halves and coarsens colour, so on a compressed photo the letters are sharper in brightness.
	 */
	static int darkness(int rgb) {
		int r = rgb >> 16 & 0xff;
		int g = rgb >> 8 & 0xff;
		int b = rgb & 0xff;
		return 255 - (r * 299 + g * 587 + b * 114) / 1000;
	}

	/**
	 * How much redder than grey a pixel is: 0 for black, white and grey ink, high for seal red. Measured relative
	 * to the pixel's brightness, so a seal in the shadow of a phone photo is as red as one on a flat scan.
	 */
	static int redness(int rgb) {
		int r = rgb >> 16 & 0xff;
		int g = rgb >> 8 & 0xff;
		int b = rgb & 0xff;
		return Math.max(0, r - Math.max(g, b)) * 227 / Math.max(r, 100);
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
