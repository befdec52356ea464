package com.onereview.simulator;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulators are outside systems that happen to run in our process: they have their own access
 * rules (an API key, their own login), so our users' login and CSRF do not apply under {@code /sim/}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorProperties.class)
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class SimulatorConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

	@Bean
	@Order(0)
	SecurityFilterChain simulatorFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/sim/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	RegistryDataset registryDataset(SimulatorProperties properties) {
		RegistryDataset dataset = new RegistryDataset(Path.of(properties.registryDataset()));
		log.info("Simulated business registry at /sim/registry knows {} companies", dataset.size());
		return dataset;
	}
}
