package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;

/** Monotone (non-decreasing) accuracy over ordered score bins, by pooling adjacent violators; empty bins stay empty. */
final class Isotonic {

	private Isotonic() {
	}

	/**
	 * @param counts per bin {right, total}
	 * @return per bin the lower bound of the Wilson interval of its pooled block, NaN for bins without readings
	 */
	static double[] lowerBounds(int[][] counts, double z) {
		List<int[]> blocks = new ArrayList<>(); // {right, total, firstBin, lastBin}
		for (int b = 0; b < counts.length; b++) {
			if (counts[b][1] == 0) {
				continue;
			}
			blocks.add(new int[] { counts[b][0], counts[b][1], b, b });
			while (blocks.size() > 1 && rate(blocks.get(blocks.size() - 2)) > rate(blocks.get(blocks.size() - 1))) {
				int[] last = blocks.remove(blocks.size() - 1);
				int[] prev = blocks.get(blocks.size() - 1);
				prev[0] += last[0];
				prev[1] += last[1];
				prev[3] = last[3];
			}
		}
		double[] out = new double[counts.length];
		java.util.Arrays.fill(out, Double.NaN);
		double floor = 0;
		for (int[] block : blocks) {
			// a block's bound can fall below the last one's when it holds fewer readings: keep the map monotone
			floor = Math.max(floor, wilsonLower(block[0], block[1], z));
			for (int b = block[2]; b <= block[3]; b++) {
				if (counts[b][1] > 0) {
					out[b] = floor;
				}
			}
		}
		// a bin never seen takes the value below it: the map is monotone, and that is the conservative side
		for (int b = 1; b < out.length; b++) {
			if (Double.isNaN(out[b])) {
				out[b] = out[b - 1];
			}
		}
		return out;
	}

	private static double rate(int[] block) {
		return (double) block[0] / block[1];
	}

	static double wilsonLower(int right, int total, double z) {
		double p = (double) right / total;
		double z2 = z * z;
		double centre = p + z2 / (2 * total);
		double margin = z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
		return Math.max(0, (centre - margin) / (1 + z2 / total));
	}
}
