package com.onereview.registry;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry client from configuration: HTTP with a breaker, behind a short cache; no checks when no URL is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RegistryConfiguration.class);

	@Bean
	RegistryCrossCheck registryCrossCheck(RegistryProperties properties, MeterRegistry meters) {
		if (!properties.configured()) {
			log.info("No business registry configured (onereview.registry.base-url): licenses are not cross-checked");
			return RegistryCrossCheck.off();
		}
		log.info("Business registry at {}", properties.baseUrl());
		return new RegistryCrossCheck(client(properties, meters, Clock.systemUTC()));
	}

	static RegistryClient client(RegistryProperties properties, MeterRegistry meters, Clock clock) {
		CircuitBreaker breaker = new CircuitBreaker(properties.breaker().failureThreshold(),
				properties.breaker().openFor(), clock);
		return new CachingRegistryClient(new HttpRegistryClient(properties, breaker, meters), properties.cacheTtl(),
				properties.cacheSize());
	}
}
