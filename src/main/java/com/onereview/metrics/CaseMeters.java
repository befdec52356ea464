package com.onereview.metrics;

import java.sql.Timestamp;
import java.time.Instant;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases on {@code /actuator/prometheus}, read from the shared database when scraped, so every instance reports
 * the cluster's figures (take the max across instances, not the sum). Decisions are counted from the
 * append-only audit trail, so the counter only grows even when a returned case is decided again.
 */
@Component
class CaseMeters {

	private final JdbcClient jdbc;

	CaseMeters(MeterRegistry meters, JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (String state : new String[] { "PENDING_REVIEW", "IN_REVIEW" }) {
			Gauge.builder("onereview.cases.queue", this, m -> m.count("state = '" + state + "'"))
				.tag("state", state)
				.description("Cases waiting for or in review")
				.register(meters);
		}
		Gauge.builder("onereview.cases.overdue", this, CaseMeters::overdue)
			.description("Cases waiting for or in review past their SLA deadline")
			.register(meters);
		Gauge.builder("onereview.cases.sla.missed", this, m -> m.count("decided_at > sla_due_at"))
			.description("Decided cases decided after their SLA deadline")
			.register(meters);
		for (String action : new String[] { "APPROVED", "RETURNED", "REJECTED" }) {
			FunctionCounter.builder("onereview.cases.decided", this, m -> m.decisions(action))
				.tag("decision", action)
				.description("Decisions taken on cases")
				.register(meters);
		}
	}

	private double count(String condition) {
		return jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE " + condition).query(Long.class).single();
	}

	private double overdue() {
		return jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE state IN ('PENDING_REVIEW', 'IN_REVIEW') "
				+ "AND sla_due_at < ?").param(Timestamp.from(Instant.now())).query(Long.class).single();
	}

	private double decisions(String action) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ?").param(action).query(Long.class).single();
	}
}
