package com.onereview.forms;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The templates (validated at start-up: a bad mapping stops the service) and the filler. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

	@Bean
	FormTemplates formTemplates(FormsProperties properties) {
		return FormTemplateLoader.load(properties.templatesDir());
	}

	@Bean
	FormFiller formFiller(FormsProperties properties) {
		return FormFillers.create(properties.fonts());
	}
}
