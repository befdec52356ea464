package com.onereview.metrics;

import java.time.LocalDate;

import com.onereview.verification.CaseKind;

/**
 * What a supervisor asks about: cases decided from {@code from} to {@code to} (both days included, in the
 * metrics time zone), optionally of one branch and one case kind (form kind).
 */
public record MetricsQuery(LocalDate from, LocalDate to, String branch, CaseKind kind) {

	public MetricsQuery {
		if (from == null || to == null) {
			throw new IllegalArgumentException("from and to are required");
		}
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
		if (to.toEpochDay() - from.toEpochDay() > 366) {
			throw new IllegalArgumentException("at most 367 days at once");
		}
		branch = branch == null || branch.isBlank() ? null : branch.strip();
	}
}
