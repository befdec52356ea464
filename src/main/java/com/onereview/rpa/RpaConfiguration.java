package com.onereview.rpa;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.onereview.rpa.selenium.ChromiumBrowsers;
import com.onereview.rpa.selenium.SeleniumPortalSubmitter;
import com.onereview.verification.FilingOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The portal submitter (only with a portal URL) and the durable filing job, run by ingest's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RpaProperties.class)
class RpaConfiguration {

	static final String TASK_NAME = "file-case";

	@Bean
	@ConditionalOnExpression("'${onereview.rpa.portal-url:}' != ''")
	PortalSubmitter portalSubmitter(RpaProperties properties) {
		ChromiumBrowsers browsers = new ChromiumBrowsers(properties.chromium(), properties.chromedriver(),
				properties.pageTimeout(), properties.browsers());
		return new SeleniumPortalSubmitter(properties.portalUrl(), properties.username(), properties.password(),
				browsers, properties.pageTimeout(), properties.sessionRestarts());
	}

	@Bean
	FilingWorker filingWorker(FilingStore store, ObjectProvider<PortalSubmitter> submitter, FilingOutcomes outcomes,
			TransactionTemplate tx, JsonMapper json, RpaProperties properties, MeterRegistry meters) {
		return new FilingWorker(store, submitter, outcomes, tx, json, properties, meters);
	}

	/** Retried with doubling backoff; a job whose instance died is run again (the portal lookup makes that safe). */
	@Bean
	OneTimeTask<Void> fileCaseTask(ObjectProvider<FilingWorker> worker, RpaProperties properties) {
		return Tasks.oneTime(TASK_NAME)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryBackoff()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> worker.getObject().file(instance.getId()));
	}
}
