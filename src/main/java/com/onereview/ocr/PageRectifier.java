package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;

/**
 * Flattens a phone photo of a page: finds the bright sheet on its darker background and maps its four corners onto
 * a rectangle, so that text lines run straight and level again (a perspective view tilts each line differently,
 * which no single rotation can undo). Scans, whose paper fills the frame, are returned unchanged.
 */
final class PageRectifier {

	private static final int STEP = 4;

	/** The page as a flat rectangle, or the image itself when no sheet on a background is seen. */
	BufferedImage rectify(BufferedImage image) {
		int gw = image.getWidth() / STEP;
		int gh = image.getHeight() / STEP;
		if (gw < 50 || gh < 50) {
			return image;
		}
		int[] lum = new int[gw * gh];
		for (int y = 0; y < gh; y++) {
			for (int x = 0; x < gw; x++) {
				int rgb = image.getRGB(x * STEP, y * STEP);
				lum[y * gw + x] = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
			}
		}
		int threshold = otsu(lum);
		boolean[] paper = new boolean[lum.length];
		for (int i = 0; i < lum.length; i++) {
			paper[i] = lum[i] > threshold;
		}
		if (!backgroundAround(paper, gw, gh)) {
			return image;
		}
		double[][] corners = sheetCorners(paper, gw, gh);
		if (corners == null) {
			return image;
		}
		return warp(image, corners);
	}

	/** Most of the frame's edge is darker than paper: the sheet lies on something. */
	private static boolean backgroundAround(boolean[] paper, int gw, int gh) {
		int dark = 0;
		int total = 0;
		for (int x = 0; x < gw; x++) {
			dark += (paper[x] ? 0 : 1) + (paper[(gh - 1) * gw + x] ? 0 : 1);
			total += 2;
		}
		for (int y = 0; y < gh; y++) {
			dark += (paper[y * gw] ? 0 : 1) + (paper[y * gw + gw - 1] ? 0 : 1);
			total += 2;
		}
		return dark >= 0.75 * total;
	}

	/** The corners (top-left, top-right, bottom-right, bottom-left, full-size pixels) of the largest bright region. */
	private static double[][] sheetCorners(boolean[] paper, int gw, int gh) {
		int[] label = new int[paper.length];
		int best = 0;
		int bestSize = 0;
		int next = 1;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int start = 0; start < paper.length; start++) {
			if (!paper[start] || label[start] != 0) {
				continue;
			}
			int size = 0;
			label[start] = next;
			queue.add(start);
			while (!queue.isEmpty()) {
				int at = queue.poll();
				size++;
				int x = at % gw;
				int y = at / gw;
				int[] around = { x > 0 ? at - 1 : -1, x < gw - 1 ? at + 1 : -1, y > 0 ? at - gw : -1, y < gh - 1 ? at + gw : -1 };
				for (int n : around) {
					if (n >= 0 && paper[n] && label[n] == 0) {
						label[n] = next;
						queue.add(n);
					}
				}
			}
			if (size > bestSize) {
				bestSize = size;
				best = next;
			}
			next++;
		}
		if (bestSize < 0.3 * paper.length) {
			return null;
		}
		double[][] c = new double[4][];
		double[] score = { Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE };
		for (int i = 0; i < label.length; i++) {
			if (label[i] != best) {
				continue;
			}
			int x = i % gw;
			int y = i / gw;
			double[] p = { x * STEP + STEP / 2.0, y * STEP + STEP / 2.0 };
			if (x + y < score[0]) { score[0] = x + y; c[0] = p; }
			if (x - y > score[1]) { score[1] = x - y; c[1] = p; }
			if (x + y > score[2]) { score[2] = x + y; c[2] = p; }
			if (x - y < score[3]) { score[3] = x - y; c[3] = p; }
		}
		return c;
	}

	private static BufferedImage warp(BufferedImage image, double[][] c) {
		int w = (int) Math.max(dist(c[0], c[1]), dist(c[3], c[2]));
		int h = (int) Math.max(dist(c[0], c[3]), dist(c[1], c[2]));
		double[] toPhoto = Homography.mapping(new double[][] { { 0, 0 }, { w, 0 }, { w, h }, { 0, h } }, c);
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double[] p = Homography.apply(toPhoto, x + 0.5, y + 0.5);
				int px = (int) Math.max(0, Math.min(image.getWidth() - 2, p[0]));
				int py = (int) Math.max(0, Math.min(image.getHeight() - 2, p[1]));
				out.setRGB(x, y, Bilinear.sample(image, px, py, p[0] - px, p[1] - py));
			}
		}
		return out;
	}


	private static double dist(double[] a, double[] b) {
		return Math.hypot(a[0] - b[0], a[1] - b[1]);
	}

	/** Otsu's threshold over 0..255 values. */
	static int otsu(int[] values) {
		int[] hist = new int[256];
		for (int v : values) {
			hist[v]++;
		}
		long sum = 0;
		for (int i = 0; i < 256; i++) {
			sum += (long) i * hist[i];
		}
		long sumB = 0;
		int wB = 0;
		double best = -1;
		int threshold = 128;
		for (int t = 0; t < 256; t++) {
			wB += hist[t];
			if (wB == 0) {
				continue;
			}
			int wF = values.length - wB;
			if (wF == 0) {
				break;
			}
			sumB += (long) t * hist[t];
			double mB = (double) sumB / wB;
			double mF = (double) (sum - sumB) / wF;
			double between = (double) wB * wF * (mB - mF) * (mB - mF);
			if (between > best) {
				best = between;
				threshold = t;
			}
		}
		return threshold;
	}
}
