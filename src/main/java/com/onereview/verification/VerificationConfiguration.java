package com.onereview.verification;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA policy from the settings, and the recurring lease sweep (run by ingest's db-scheduler). */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

	@Bean
	SlaPolicy slaPolicy(VerificationProperties properties) {
		return new SlaPolicy(new WorkingCalendar(properties.holidays()), properties.zone(), properties.cutoff(),
				properties.workingDaysSla(), properties.defaultSla());
	}

	/**
	 * One execution per cluster at a time: db-scheduler picks each run on exactly one instance. The claims are
	 * looked up late: the scheduler that runs this task is built before the services that use it.
	 */
	@Bean
	RecurringTask<Void> leaseSweep(VerificationProperties properties, ObjectProvider<ClaimService> claims) {
		return Tasks.recurring("verification-lease-sweep", Schedules.fixedDelay(properties.leaseSweepInterval()))
			.execute((instance, context) -> claims.getObject().returnExpiredLeases(Instant.now()));
	}
}
