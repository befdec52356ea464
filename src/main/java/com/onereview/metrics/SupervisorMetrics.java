package com.onereview.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.onereview.metrics.MetricsSummary.Counts;
import com.onereview.metrics.MetricsSummary.Settings;
import com.onereview.verification.CaseKind;
import com.onereview.verification.Decision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor's figures over a date range (and branch, form kind): time saved, quality, people. */
@Service
public class SupervisorMetrics {

	private final FactsReader reader;

	private final MetricsProperties settings;

	private final Clock clock = Clock.systemUTC();

	SupervisorMetrics(FactsReader reader, MetricsProperties settings) {
		this.reader = reader;
		this.settings = settings;
	}

	/** The default range: the last {@code default-days} days up to today, in the metrics time zone. */
	public MetricsQuery query(LocalDate from, LocalDate to, String branch, CaseKind kind) {
		LocalDate end = to != null ? to : LocalDate.now(clock.withZone(settings.zone()));
		LocalDate start = from != null ? from : end.minusDays(settings.defaultDays() - 1L);
		return new MetricsQuery(start, end, branch, kind);
	}

	/** Every figure, read in one transaction so that they agree with each other. */
	@Transactional(readOnly = true)
	public MetricsSummary summary(MetricsQuery query) {
		List<CaseFacts> facts = reader.decided(query, settings.zone());
		Instant now = clock.instant();
		Counts counts = new Counts(facts.size(), QualityFigures.count(facts, Decision.APPROVE),
				QualityFigures.count(facts, Decision.RETURN), QualityFigures.count(facts, Decision.REJECT));
		return new MetricsSummary(query.from(), query.to(), query.branch(), query.kind(), settings(), counts,
				TimeSavedFigures.of(facts, query, settings),
				QualityFigures.of(facts, reader.fieldCorrections(query, settings.zone()), reader.queueNow(query, now), now),
				PeopleFigures.of(facts, reader.displayNames(), settings));
	}

	/** The facts of every case decided in the range, for the export. */
	@Transactional(readOnly = true)
	public List<CaseFacts> facts(MetricsQuery query) {
		return reader.decided(query, settings.zone());
	}

	/** Seconds a case of this kind took under double entry. */
	public long baselineSeconds(CaseKind kind) {
		return settings.baselineSeconds(kind);
	}

	private Settings settings() {
		Map<CaseKind, Long> baselines = new TreeMap<>();
		for (CaseKind kind : CaseKind.values()) {
			baselines.put(kind, settings.baselineSeconds(kind));
		}
		return new Settings(settings.zone().getId(), baselines, settings.shiftHours(), settings.outlierZ(),
				settings.rubberStampMaxCorrectionRate());
	}
}
