package com.onereview.rpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.onereview.ingest.DurableJobs;
import com.onereview.verification.CaseApproved;
import com.onereview.verification.CaseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the filing of every approved account opening, in the approving transaction: the filing job
 * exists exactly when the approval does, and runs (and, after a crash, runs again) on one instance.
 */
@Component
class FilingJobs {

	private static final Logger log = LoggerFactory.getLogger(FilingJobs.class);

	private final FilingStore store;

	private final DurableJobs jobs;

	private final OneTimeTask<Void> fileCase;

	private final RpaProperties properties;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	FilingJobs(FilingStore store, DurableJobs jobs, OneTimeTask<Void> fileCase, RpaProperties properties,
			JsonMapper json) {
		this.store = store;
		this.jobs = jobs;
		this.fileCase = fileCase;
		this.properties = properties;
		this.json = json;
	}

	@EventListener
	void on(CaseApproved approved) {
		if (approved.kind() != CaseKind.ACCOUNT_OPENING) {
			return;
		}
		if (approved.inputs().get("accountKind") == null) {
			// a license read for its own sake (an API upload, no teller inputs) opens no account
			log.info("Case {} approved without an account kind: nothing to file", approved.caseId());
			return;
		}
		if (!properties.configured()) {
			log.info("Case {} approved; no regulator portal configured (onereview.rpa.portal-url), not filed",
					approved.caseId());
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		Filing filing = FilingFromCase.of(approved, today, properties.consultationNote());
		store.queue(approved.caseId(), json.writeValueAsString(filing), Instant.now());
		jobs.enqueue(fileCase.instance(approved.caseId()));
		log.info("Case {} approved: filing queued", approved.caseId());
	}
}
