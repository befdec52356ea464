package com.onereview.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.onereview.verification.CaseKind;

/**
 * Every figure of the supervisor's dashboard for one query, as {@code GET /api/metrics/summary} returns it.
 * Hours and FTE are rounded to 2 decimals, rates (0..1) and z-scores to 4.
 */
public record MetricsSummary(LocalDate from, LocalDate to, String branch, CaseKind kind, Settings settings,
		Counts cases, TimeSaved timeSaved, Quality quality, List<VerifierFigures> verifiers) {

	/** The settings the figures were computed with. */
	public record Settings(String zone, Map<CaseKind, Long> baselineSeconds, double shiftHours, double outlierZ,
			double rubberStampMaxCorrectionRate) {
	}

	public record Counts(int decided, int approved, int returned, int rejected) {
	}

	/**
	 * Baseline minus handling, summed over decided cases. FTE = hours ÷ shift hours ÷ days with decisions:
	 * full-time people released per working day.
	 */
	public record TimeSaved(long seconds, double hours, long baselineSeconds, long handlingSeconds, int activeDays,
			double ftePerDay, List<Period> days, List<Period> weeks, List<Period> months) {
	}

	/** One day ({@code 2026-11-02}), ISO week ({@code 2026-W45}) or month ({@code 2026-11}). */
	public record Period(String period, int cases, int activeDays, long seconds, double hours, double fte) {
	}

	public record Quality(int approved, int straightThrough, double straightThroughShare, List<FieldRate> fields,
			double returnRate, double rejectRate, List<ReasonRate> returnReasons, List<ReasonRate> rejectReasons,
			int slaTracked, int slaBreached, double slaBreachRate, Queue queue) {
	}

	/** Of the approved cases' fields with this key, how many the verifier had to correct. */
	public record FieldRate(String field, int verified, int corrected, double rate) {
	}

	/** Of the decided cases, how many were returned or rejected for this reason. */
	public record ReasonRate(String reason, int cases, double rate) {
	}

	/** The queue now (not limited by the date range): waiting or in review, oldest waiting, past deadline. */
	public record Queue(int length, Long oldestAgeSeconds, int overdue) {
	}

	/**
	 * One verifier's figures over the cases they decided; z-scores against the team's verifiers.
	 * @param outlier whether any flag is set
	 * @param flags {@code SLOW}, {@code FAST}, {@code MANY_CORRECTIONS}, {@code FEW_CORRECTIONS}, {@code MANY_REJECTS},
	 * {@code FEW_REJECTS}, {@code RUBBER_STAMP}
	 */
	public record VerifierFigures(String username, String displayName, int cases, double medianHandlingSeconds,
			int fields, int correctedFields, double correctionRate, int rejected, double rejectRate, double handlingZ,
			double correctionZ, double rejectZ, List<String> flags, boolean outlier) {
	}
}
