package com.onereview.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.onereview.GoldenCases;
import com.onereview.RunningService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated registry (demo and end-to-end tests) speaks the contract our HTTP client expects. */
@TestPropertySource(properties = { "onereview.simulator.enabled=true", "onereview.simulator.api-key=sim-key" })
class SimulatedRegistryIT extends RunningService {

	@Test
	void itKnowsTheSampleLicensesAndRefusesCallersWithoutTheKey() throws Exception {
		Map<String, String> truth = GoldenCases.expectedFields(GoldenCases.first());
		String base = "http://127.0.0.1:" + port + "/sim/registry";

		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/v1/companies/" + truth.get("creditCode"))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);

		RegistryClient client = RegistryConfiguration.client(new RegistryProperties(URI.create(base), "sim-key",
				Duration.ofSeconds(1), Duration.ofSeconds(3), 1, Duration.ofMillis(50), Duration.ofSeconds(1),
				new RegistryProperties.Breaker(5, Duration.ofSeconds(30)), Duration.ofMinutes(1), 10),
				new SimpleMeterRegistry(), Clock.systemUTC());
		assertThat(client.byCreditCode(truth.get("creditCode")).fields()).containsAllEntriesOf(truth);
		assertThat(client.byName(truth.get("companyName")).fields()).containsEntry("creditCode", truth.get("creditCode"));
		assertThat(client.byCreditCode("91110000000000000X").outcome()).isEqualTo(RegistryLookup.Outcome.NOT_FOUND);
	}
}
