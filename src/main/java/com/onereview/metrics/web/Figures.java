package com.onereview.metrics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the dashboard writes numbers: decimal arithmetic, half up, so that 0.4545 shows as 45.5% (binary
 * doubles would make it 45.4499… and 45.4%). The template reaches it as {@code fmt}.
 */
final class Figures {

	/** A rate (0..1) as a percentage with one decimal, e.g. {@code 45.5%}. */
	public String percent(double rate) {
		return BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A number with this many decimals, e.g. hours {@code 0.79}. */
	public String fixed(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
	}
}
