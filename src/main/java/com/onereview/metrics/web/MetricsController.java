package com.onereview.metrics.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.onereview.metrics.MetricsQuery;
import com.onereview.metrics.MetricsSummary;
import com.onereview.metrics.SupervisorMetrics;
import com.onereview.security.Role;
import com.onereview.verification.CaseKind;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's figures as JSON, and the per-case facts as CSV; supervisors and admins only. */
@RestController
@RequestMapping("/api/metrics")
class MetricsController {

	private final SupervisorMetrics metrics;

	private final MessageSource messages;

	MetricsController(SupervisorMetrics metrics, MessageSource messages) {
		this.metrics = metrics;
		this.messages = messages;
	}

	@GetMapping("/summary")
	ResponseEntity<?> summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String branch, @RequestParam(required = false) CaseKind kind,
			Authentication user, Locale locale) {
		if (!supervises(user)) {
			return forbidden(locale);
		}
		MetricsSummary summary = metrics.summary(metrics.query(from, to, branch, kind));
		return ResponseEntity.ok(summary);
	}

	@GetMapping("/export.csv")
	ResponseEntity<?> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String branch, @RequestParam(required = false) CaseKind kind,
			Authentication user, Locale locale) {
		if (!supervises(user)) {
			return forbidden(locale);
		}
		MetricsQuery query = metrics.query(from, to, branch, kind);
		String csv = FactsCsv.of(metrics.facts(query), metrics::baselineSeconds);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"cases-" + query.from() + "-" + query.to() + ".csv\"")
			.body(csv);
	}

	/** A range that cannot be (from after to, too long) is the client's mistake. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badQuery(IllegalArgumentException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("metrics.problem.bad-range", new Object[] { ex.getMessage() }, locale));
		problem.setType(URI.create("urn:onereview:problem:metrics-bad-range"));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static boolean supervises(Authentication user) {
		return Role.SUPERVISOR.heldBy(user) || Role.ADMIN.heldBy(user);
	}

	private ResponseEntity<ProblemDetail> forbidden(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("metrics.problem.forbidden", null, locale));
		problem.setType(URI.create("urn:onereview:problem:metrics-forbidden"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
