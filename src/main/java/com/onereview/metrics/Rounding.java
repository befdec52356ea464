package com.onereview.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are rounded for people: hours and FTE to 2 decimals, rates and z-scores to 4 (half up). */
final class Rounding {

	private Rounding() {
	}

	static double hours(long seconds) {
		return places(seconds / 3600.0, 2);
	}

	/** Full-time people released per day: hours saved ÷ shift hours ÷ days, from the unrounded seconds. */
	static double fte(long seconds, double shiftHours, int days) {
		return days == 0 ? 0 : places(seconds / 3600.0 / shiftHours / days, 2);
	}

	static double rate(int part, int whole) {
		return whole == 0 ? 0 : places((double) part / whole, 4);
	}

	static double places(double value, int places) {
		return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue()
				: value;
	}
}
