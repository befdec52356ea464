package com.onereview.forms;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The templates (validated at start-up: a bad mapping stops the service) and the filler. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

	/** Form dates are the bank's dates. */
	static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	FormTemplates formTemplates(FormsProperties properties) {
		return FormTemplateLoader.load(properties.templatesDir());
	}

	@Bean
	FormFiller formFiller(FormsProperties properties) {
		return FormFillers.create(properties.fonts(), Clock.system(BANK_ZONE));
	}
}
