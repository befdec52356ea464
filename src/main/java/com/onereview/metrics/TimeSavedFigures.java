package com.onereview.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.onereview.metrics.MetricsSummary.Period;
import com.onereview.metrics.MetricsSummary.TimeSaved;

/** Time saved: per case the baseline of its kind under double entry minus its measured handling (ADR 0011). */
final class TimeSavedFigures {

	private TimeSavedFigures() {
	}

	static TimeSaved of(List<CaseFacts> facts, MetricsQuery query, MetricsProperties settings) {
		ZoneId zone = settings.zone();
		long baseline = 0;
		long handling = 0;
		Map<LocalDate, long[]> byDay = new LinkedHashMap<>();
		for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
			byDay.put(day, new long[2]);
		}
		for (CaseFacts fact : facts) {
			long base = settings.baselineSeconds(fact.kind());
			baseline += base;
			handling += fact.handlingSeconds();
			long[] day = byDay.get(fact.decidedAt().atZone(zone).toLocalDate());
			day[0]++;
			day[1] += base - fact.handlingSeconds();
		}
		long saved = baseline - handling;
		int activeDays = (int) byDay.values().stream().filter(day -> day[0] > 0).count();
		double shift = settings.shiftHours();
		return new TimeSaved(saved, Rounding.hours(saved), baseline, handling, activeDays,
				Rounding.fte(saved, shift, activeDays), periods(byDay, LocalDate::toString, shift),
				periods(byDay, day -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
						day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), shift),
				periods(byDay, day -> day.toString().substring(0, 7), shift));
	}

	/** Days grouped under a key (the day, its ISO week, its month), in date order. */
	private static List<Period> periods(Map<LocalDate, long[]> byDay, Function<LocalDate, String> key, double shift) {
		Map<String, long[]> grouped = new LinkedHashMap<>();
		byDay.forEach((day, figures) -> {
			long[] period = grouped.computeIfAbsent(key.apply(day), k -> new long[3]);
			period[0] += figures[0];
			period[1] += figures[0] > 0 ? 1 : 0;
			period[2] += figures[1];
		});
		List<Period> periods = new ArrayList<>();
		grouped.forEach((name, p) -> periods.add(new Period(name, (int) p[0], (int) p[1], p[2], Rounding.hours(p[2]),
				Rounding.fte(p[2], shift, (int) p[1]))));
		return periods;
	}
}
