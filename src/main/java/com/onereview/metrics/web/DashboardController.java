package com.onereview.metrics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.onereview.metrics.MetricsQuery;
import com.onereview.metrics.MetricsSummary;
import com.onereview.metrics.MetricsSummary.FieldRate;
import com.onereview.metrics.MetricsSummary.Period;
import com.onereview.metrics.SupervisorMetrics;
import com.onereview.verification.CaseKind;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The supervisor's dashboard: the figures of {@code /api/metrics/summary} as numbers, SVG charts and a table. */
@Controller
class DashboardController {

	private final SupervisorMetrics metrics;

	private final MessageSource messages;

	DashboardController(SupervisorMetrics metrics, MessageSource messages) {
		this.metrics = metrics;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String branch, @RequestParam(required = false) CaseKind kind,
			Authentication user, Locale locale, Model model) {
		if (!MetricsController.supervises(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		MetricsQuery query;
		try {
			query = metrics.query(from, to, branch, kind);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("rangeError", messages.getMessage("metrics.problem.bad-range",
					new Object[] { ex.getMessage() }, locale));
			query = metrics.query(null, null, branch, kind);
		}
		MetricsSummary summary = metrics.summary(query);
		model.addAttribute("query", query);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("summary", summary);
		model.addAttribute("savedChart", savedPerDay(summary.timeSaved().days()));
		model.addAttribute("fieldChart", corrections(summary.quality().fields(), locale));
		model.addAttribute("exportUrl", exportUrl(query));
		model.addAttribute("fmt", new Figures());
		return "metrics/dashboard";
	}

	private static BarChart savedPerDay(List<Period> days) {
		return BarChart.vertical(days.stream().map(day -> day.period().substring(5)).toList(),
				days.stream().map(Period::hours).toList(),
				days.stream().map(day -> day.cases() == 0 ? "" : String.format(Locale.ROOT, "%.2f", day.hours())).toList(),
				1280, 220);
	}

	private BarChart corrections(List<FieldRate> fields, Locale locale) {
		return BarChart.horizontal(
				fields.stream().map(f -> messages.getMessage("field." + f.field(), null, f.field(), locale)).toList(),
				fields.stream().map(FieldRate::rate).toList(),
				fields.stream()
					.map(f -> String.format(Locale.ROOT, "%.1f%% (%d/%d)", f.rate() * 100, f.corrected(), f.verified()))
					.toList(),
				760, 22);
	}

	private static String exportUrl(MetricsQuery query) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/metrics/export.csv")
			.queryParam("from", query.from())
			.queryParam("to", query.to());
		if (query.branch() != null) {
			url.queryParam("branch", query.branch());
		}
		if (query.kind() != null) {
			url.queryParam("kind", query.kind());
		}
		return url.encode().build().toUriString();
	}
}
