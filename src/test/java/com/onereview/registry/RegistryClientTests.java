package com.onereview.registry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP registry client against a WireMock registry, faults included. */
class RegistryClientTests {

	private static final String CODE = "91130102MAT45B8NXB";

	private static final String PATH = "/registry/v1/companies/" + CODE;

	private static final String FOUND = """
			{"creditCode": "91130102MAT45B8NXB", "companyName": "石家庄盛天物流有限公司",
			 "legalRepresentative": "吴凯", "registeredCapital": "10万元",
			 "registrationAuthority": "石家庄市长安区市场监督管理局", "status": "存续", "unknownExtra": 1}
			""";

	private WireMockServer registry;

	@BeforeEach
	void start() {
		registry = new WireMockServer(options().dynamicPort());
		registry.start();
	}

	@AfterEach
	void stop() {
		registry.stop();
	}

	@Test
	void foundReturnsTheRegisteredItemsUnderContractKeysAndSendsTheApiKey() {
		registry.stubFor(get(PATH).withHeader("X-Api-Key", equalTo("secret")).willReturn(json(200, FOUND)));

		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.outcome()).isEqualTo(RegistryLookup.Outcome.FOUND);
		assertThat(lookup.fields()).containsEntry("companyName", "石家庄盛天物流有限公司")
			.containsEntry("registrationAuthority", "石家庄市长安区市场监督管理局")
			.doesNotContainKeys("status", "unknownExtra");
	}

	@Test
	void lookupByNameEncodesTheName() {
		registry.stubFor(get(urlPathEqualTo("/registry/v1/companies"))
			.withQueryParam("name", equalTo("石家庄盛天物流有限公司"))
			.willReturn(json(200, FOUND)));

		assertThat(client(settings()).byName("石家庄盛天物流有限公司").outcome()).isEqualTo(RegistryLookup.Outcome.FOUND);
	}

	@Test
	void notFoundIsAnAnswerNotAFailure() {
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(404)));

		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.outcome()).isEqualTo(RegistryLookup.Outcome.NOT_FOUND);
		registry.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void serverErrorIsRetriedAndASecondAnswerWins() {
		registry.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
		registry.stubFor(get(PATH).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(json(200, FOUND)));

		assertThat(client(settings()).byCreditCode(CODE).outcome()).isEqualTo(RegistryLookup.Outcome.FOUND);
		registry.verify(2, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void persistentServerErrorGivesUpAfterMaxAttempts() {
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(503)));

		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.outcome()).isEqualTo(RegistryLookup.Outcome.UNAVAILABLE);
		assertThat(lookup.reason()).isEqualTo("HTTP_503");
		registry.verify(3, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aRegistryThatDoesNotAnswerInTimeIsUnavailable() {
		registry.stubFor(get(PATH).willReturn(json(200, FOUND).withFixedDelay(2_000)));

		long start = System.nanoTime();
		RegistryLookup lookup = client(settings().withTimeout(Duration.ofMillis(300))).byCreditCode(CODE);

		assertThat(lookup.reason()).isEqualTo("TIMEOUT");
		// three tries of 300 ms plus two short pauses, not three times the delay
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
	}

	@Test
	void aBodyThatTricklesInIsBoundedByTheRequestTimeout() {
		registry.stubFor(get(PATH).willReturn(json(200, FOUND).withChunkedDribbleDelay(20, 3_000)));

		RegistryLookup lookup = client(settings().withTimeout(Duration.ofMillis(400)).withAttempts(1)).byCreditCode(CODE);

		assertThat(lookup.outcome()).isEqualTo(RegistryLookup.Outcome.UNAVAILABLE);
		assertThat(lookup.reason()).isEqualTo("TIMEOUT");
	}

	@Test
	void malformedJsonIsUnavailableAndNotRetried() {
		registry.stubFor(get(PATH).willReturn(json(200, "{\"creditCode\": \"9113")));

		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.reason()).isEqualTo("MALFORMED_RESPONSE");
		registry.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void jsonOfTheWrongShapeIsMalformed() {
		registry.stubFor(get(PATH).willReturn(json(200, "[1, 2, 3]")));

		assertThat(client(settings()).byCreditCode(CODE).reason()).isEqualTo("MALFORMED_RESPONSE");
	}

	@Test
	void aDroppedConnectionIsRetried() {
		registry.stubFor(get(PATH).inScenario("reset").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
		registry.stubFor(get(PATH).inScenario("reset").whenScenarioStateIs("ok").willReturn(json(200, FOUND)));

		assertThat(client(settings()).byCreditCode(CODE).outcome()).isEqualTo(RegistryLookup.Outcome.FOUND);
	}

	@Test
	void tooManyRequestsWaitsForRetryAfterThenAsksAgain() {
		registry.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
		registry.stubFor(get(PATH).inScenario("limited").whenScenarioStateIs("free").willReturn(json(200, FOUND)));

		long start = System.nanoTime();
		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.outcome()).isEqualTo(RegistryLookup.Outcome.FOUND);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void retryAfterLongerThanWeWaitIsUnavailableAtOnce() {
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

		RegistryLookup lookup = client(settings()).byCreditCode(CODE);

		assertThat(lookup.reason()).isEqualTo("RATE_LIMITED");
		registry.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void theBreakerOpensAfterRepeatedFailuresAndStopsCalling() {
		registry.stubFor(get(PATH).willReturn(aResponse().withStatus(500)));
		RegistryClient client = client(settings().withAttempts(1));

		for (int i = 0; i < 5; i++) {
			assertThat(client.byCreditCode(CODE).reason()).isEqualTo("HTTP_500");
		}
		assertThat(client.byCreditCode(CODE).reason()).isEqualTo("CIRCUIT_OPEN");
		registry.verify(5, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void answersAreCachedButUnavailabilityIsNot() {
		registry.stubFor(get(PATH).willReturn(json(200, FOUND)));
		registry.stubFor(get("/registry/v1/companies/91110000X00000000X").willReturn(aResponse().withStatus(500)));
		RegistryClient client = client(settings().withAttempts(1));

		client.byCreditCode(CODE);
		client.byCreditCode(CODE);
		client.byCreditCode("91110000X00000000X");
		client.byCreditCode("91110000X00000000X");

		registry.verify(1, getRequestedFor(urlEqualTo(PATH)));
		registry.verify(2, getRequestedFor(urlEqualTo("/registry/v1/companies/91110000X00000000X")));
	}

	@Test
	void retryAfterParsesSecondsAndHttpDates() {
		assertThat(HttpRegistryClient.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
		assertThat(HttpRegistryClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(HttpRegistryClient.retryAfter("soon")).isNull();
	}

	private RegistryClient client(Settings settings) {
		RegistryProperties properties = new RegistryProperties(URI.create(registry.baseUrl() + "/registry/"), "secret",
				Duration.ofMillis(500), settings.timeout(), settings.attempts(), Duration.ofMillis(20),
				Duration.ofSeconds(5), new RegistryProperties.Breaker(5, Duration.ofMinutes(1)), Duration.ofMinutes(1),
				100);
		return RegistryConfiguration.client(properties, new SimpleMeterRegistry(), Clock.systemUTC());
	}

	private static Settings settings() {
		return new Settings(Duration.ofSeconds(2), 3);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
			.withBody(body);
	}

	private record Settings(Duration timeout, int attempts) {

		Settings withTimeout(Duration value) {
			return new Settings(value, attempts);
		}

		Settings withAttempts(int value) {
			return new Settings(timeout, value);
		}
	}
}
