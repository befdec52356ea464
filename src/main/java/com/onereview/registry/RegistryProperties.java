package com.onereview.registry;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the business registry is and how patiently to ask it.
 * @param baseUrl the lookup service (docs/registry-api.md); no lookups at all when blank
 * @param apiKey sent as {@code X-Api-Key}; from the environment, never the repository
 * @param connectTimeout to open a connection
 * @param requestTimeout for a whole answer, body included (a body that trickles in counts)
 * @param maxAttempts tries per lookup, the first included
 * @param backoff wait before the second try; doubled for each further one
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer means unavailable now
 * @param breaker when to stop asking a registry that keeps failing
 * @param cacheTtl how long an answer (found or not) is reused
 * @param cacheSize answers kept
 */
@Validated
@ConfigurationProperties("onereview.registry")
record RegistryProperties(URI baseUrl, String apiKey, @DefaultValue("1s") @NotNull Duration connectTimeout,
		@DefaultValue("3s") @NotNull Duration requestTimeout, @DefaultValue("3") @Min(1) int maxAttempts,
		@DefaultValue("200ms") @NotNull Duration backoff, @DefaultValue("5s") @NotNull Duration maxRetryAfter,
		@Valid @DefaultValue Breaker breaker, @DefaultValue("10m") @NotNull Duration cacheTtl,
		@DefaultValue("1000") @Min(0) int cacheSize) {

	/**
	 * @param failureThreshold consecutive failed lookups that open the breaker
	 * @param openFor how long an open breaker answers unavailable without asking
	 */
	record Breaker(@DefaultValue("5") @Min(1) int failureThreshold, @DefaultValue("30s") @NotNull Duration openFor) {
	}

	boolean configured() {
		return baseUrl != null && !baseUrl.toString().isBlank();
	}
}
