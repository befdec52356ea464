package com.onereview.registry;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our registry JSON contract (docs/registry-api.md) over HTTP: {@code GET {base}/v1/companies/{code}}
 * and {@code GET {base}/v1/companies?name=}. Each try is bounded as a whole, body included; failures
 * are retried with doubling backoff, {@code 429 Retry-After} is honoured up to a limit, and a
 * {@link CircuitBreaker} stops the calls while the registry keeps failing.
 */
class HttpRegistryClient implements RegistryClient {

	private static final Logger log = LoggerFactory.getLogger(HttpRegistryClient.class);

	private final RegistryProperties properties;

	private final HttpClient http;

	private final CircuitBreaker breaker;

	private final JsonMapper json = JsonMapper.builder().build();

	private final MeterRegistry meters;

	HttpRegistryClient(RegistryProperties properties, CircuitBreaker breaker, MeterRegistry meters) {
		this.properties = properties;
		this.breaker = breaker;
		this.meters = meters;
		this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
	}

	@Override
	public RegistryLookup byCreditCode(String creditCode) {
		return lookup("/v1/companies/" + URLEncoder.encode(creditCode, StandardCharsets.UTF_8));
	}

	@Override
	public RegistryLookup byName(String companyName) {
		return lookup("/v1/companies?name=" + URLEncoder.encode(companyName, StandardCharsets.UTF_8));
	}

	private RegistryLookup lookup(String path) {
		Timer.Sample sample = Timer.start(meters);
		RegistryLookup lookup = withRetries(URI.create(stripSlash(properties.baseUrl().toString()) + path));
		sample.stop(meters.timer("onereview.registry.lookups", "outcome", lookup.outcome().name()));
		if (lookup.outcome() == RegistryLookup.Outcome.UNAVAILABLE) {
			meters.counter("onereview.registry.unavailable", "reason", lookup.reason()).increment();
		}
		return lookup;
	}

	private RegistryLookup withRetries(URI uri) {
		Duration wait = properties.backoff();
		for (int attempt = 1;; attempt++) {
			if (!breaker.tryAcquire()) {
				return RegistryLookup.unavailable("CIRCUIT_OPEN");
			}
			Attempt result = attempt(uri);
			if (result.lookup() != null) {
				breaker.onSuccess();
				return result.lookup();
			}
			if (result.countsAsFailure()) {
				breaker.onFailure();
			}
			else {
				breaker.onSuccess();
			}
			Duration pause = result.retryAfter() != null ? result.retryAfter() : wait;
			if (!result.retryable() || attempt >= properties.maxAttempts()
					|| pause.compareTo(properties.maxRetryAfter()) > 0) {
				log.warn("Registry lookup {} gave up after {} attempt(s): {}", uri.getPath(), attempt, result.reason());
				return RegistryLookup.unavailable(result.reason());
			}
			sleep(pause);
			wait = wait.multipliedBy(2);
		}
	}

	private Attempt attempt(URI uri) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
			.header("Accept", "application/json");
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			request.header("X-Api-Key", properties.apiKey());
		}
		CompletableFuture<HttpResponse<String>> call = http.sendAsync(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		try {
			return interpret(call.get(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			return Attempt.retry("TIMEOUT", null, true);
		}
		catch (ExecutionException ex) {
			String reason = ex.getCause() instanceof java.net.http.HttpTimeoutException ? "TIMEOUT" : "CONNECTION_FAILED";
			return Attempt.retry(reason, null, true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			call.cancel(true);
			return Attempt.giveUp("INTERRUPTED", false);
		}
	}

	private Attempt interpret(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 200) {
			return parse(response.body());
		}
		if (status == 404) {
			return Attempt.answer(RegistryLookup.notFound());
		}
		if (status == 429) {
			Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").map(HttpRegistryClient::retryAfter);
			return Attempt.retry("RATE_LIMITED", retryAfter.orElse(null), false);
		}
		if (status >= 500) {
			return Attempt.retry("HTTP_" + status, null, true);
		}
		return Attempt.giveUp("HTTP_" + status, true);
	}

	private Attempt parse(String body) {
		try {
			JsonNode node = json.readTree(body);
			if (node == null || !node.isObject() || !node.path("creditCode").isString()) {
				return Attempt.giveUp("MALFORMED_RESPONSE", true);
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (String key : RegistryFields.KEYS) {
				JsonNode value = node.get(key);
				if (value != null && value.isString() && !value.asString().isBlank()) {
					fields.put(key, value.asString().strip());
				}
			}
			return Attempt.answer(RegistryLookup.found(fields));
		}
		catch (JacksonException ex) {
			return Attempt.giveUp("MALFORMED_RESPONSE", true);
		}
	}

	/** {@code Retry-After} as seconds or as an HTTP date. */
	static Duration retryAfter(String value) {
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration left = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return left.isNegative() ? Duration.ZERO : left;
			}
			catch (RuntimeException unparsable) {
				return null;
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String stripSlash(String base) {
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** One try: an answer, or why not and whether to try again. */
	private record Attempt(RegistryLookup lookup, String reason, Duration retryAfter, boolean retryable,
			boolean countsAsFailure) {

		static Attempt answer(RegistryLookup lookup) {
			return new Attempt(lookup, null, null, false, false);
		}

		static Attempt retry(String reason, Duration retryAfter, boolean countsAsFailure) {
			return new Attempt(null, reason, retryAfter, true, countsAsFailure);
		}

		static Attempt giveUp(String reason, boolean countsAsFailure) {
			return new Attempt(null, reason, null, false, countsAsFailure);
		}
	}
}
