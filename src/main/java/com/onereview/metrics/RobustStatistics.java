package com.onereview.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Median, median absolute deviation and the robust (modified) z-score of Iglewicz and Hoaglin:
 * z = 0.6745 (x − median) / MAD. One extreme member barely moves median and MAD, so it stands out instead of
 * hiding in an inflated standard deviation. When MAD is 0 (more than half the team alike) the mean absolute
 * deviation stands in, scaled by 1.2533 so that both estimate the same spread for normal data.
 */
final class RobustStatistics {

	private RobustStatistics() {
	}

	static double median(List<? extends Number> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** Robust z-scores of the values against each other, in the same order; 0 for everyone when all are alike. */
	static double[] zScores(List<Double> values) {
		double median = median(values);
		List<Double> deviations = values.stream().map(v -> Math.abs(v - median)).toList();
		double mad = median(deviations);
		double[] z = new double[values.size()];
		if (mad > 0) {
			for (int i = 0; i < z.length; i++) {
				z[i] = 0.6745 * (values.get(i) - median) / mad;
			}
			return z;
		}
		double meanDeviation = deviations.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		if (meanDeviation > 0) {
			for (int i = 0; i < z.length; i++) {
				z[i] = (values.get(i) - median) / (1.2533 * meanDeviation);
			}
			return z;
		}
		Arrays.fill(z, 0);
		return z;
	}
}
