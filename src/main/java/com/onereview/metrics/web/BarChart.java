package com.onereview.metrics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, drawn by the template as SVG: no script, every label escaped by
 * Thymeleaf. Vertical bars grow up from a zero line (down for negative values); horizontal ones grow right.
 */
record BarChart(int width, int height, double zeroLine, List<Bar> bars) {

	/** One bar: its rectangle, where its label and its value text stand, and the texts. */
	record Bar(String label, String value, double x, double y, double w, double h, double labelX, double labelY,
			double valueX, double valueY, boolean negative) {
	}

	private static final int PAD = 24;

	/** Bars side by side, one per label, heights to scale; labels below, values above. */
	static BarChart vertical(List<String> labels, List<Double> values, List<String> texts, int width, int height) {
		double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
		double span = max - min == 0 ? 1 : max - min;
		double plot = height - 2.0 * PAD;
		double zero = PAD + plot * max / span;
		double slot = (width - 2.0 * PAD) / Math.max(1, labels.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			double v = values.get(i);
			double h = plot * Math.abs(v) / span;
			double x = PAD + i * slot + slot * 0.15;
			double y = v >= 0 ? zero - h : zero;
			bars.add(new Bar(labels.get(i), texts.get(i), x, y, slot * 0.7, h, x + slot * 0.35, height - 6.0,
					x + slot * 0.35, v >= 0 ? y - 4 : y + h + 12, v < 0));
		}
		return new BarChart(width, height, zero, bars);
	}

	/** One row per label: label on the left, bar to scale of the largest value, value after it. */
	static BarChart horizontal(List<String> labels, List<Double> values, List<String> texts, int width, int rowHeight) {
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		// room on the left for the label, on the right for the value text
		double scale = max <= 0 ? 0 : (width - 260.0) / max;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			double y = 6 + i * rowHeight;
			double w = Math.max(0, values.get(i)) * scale;
			bars.add(new Bar(labels.get(i), texts.get(i), 130, y, w, rowHeight - 8.0, 124, y + rowHeight / 2.0,
					134 + w, y + rowHeight / 2.0, false));
		}
		return new BarChart(width, 12 + labels.size() * rowHeight, 130, bars);
	}
}
