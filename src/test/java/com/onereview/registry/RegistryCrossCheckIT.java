package com.onereview.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploaded licenses are checked against a registry (WireMock) while they are processed: one the
 * registry knows comes back confirmed, one whose lookup keeps failing is still extracted, flagged.
 */
class RegistryCrossCheckIT extends RunningService {

	private static final WireMockServer REGISTRY = new WireMockServer(options().dynamicPort());

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry properties) {
		REGISTRY.start();
		properties.add("onereview.registry.base-url", () -> REGISTRY.baseUrl() + "/v1-base");
		properties.add("onereview.registry.api-key", () -> "it-key");
		properties.add("onereview.registry.backoff", () -> "50ms");
	}

	@AfterAll
	static void stopRegistry() {
		REGISTRY.stop();
	}

	@Test
	void aRegisteredLicenseIsConfirmedByTheRegistry() throws IOException {
		Path known = licenses().get(0);
		Map<String, String> truth = GoldenCases.expectedFields(known);
		REGISTRY.stubFor(get("/v1-base/v1/companies/" + truth.get("creditCode"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(JsonMapper.builder().build().writeValueAsString(truth))));

		JsonNode result = process(known);

		JsonNode fields = result.get("fields");
		assertThat(fields.get("creditCode").get("confidence").asDouble()).isGreaterThanOrEqualTo(RegistryCrossCheck.AGREED);
		assertThat(fields.get("registrationAuthority").get("value").asString()).isEqualTo(truth.get("registrationAuthority"));
		assertThat(codes(result)).doesNotContain("REGISTRY_UNAVAILABLE", "REGISTRY_UNKNOWN", "REGISTRY_MISMATCH");
	}

	@Test
	void aRegistryThatKeepsFailingDelaysNothingButFlagsTheLicense() throws IOException {
		Path other = licenses().get(1);
		String code = GoldenCases.expectedFields(other).get("creditCode");
		REGISTRY.stubFor(get("/v1-base/v1/companies/" + code).willReturn(aResponse().withStatus(500)));

		JsonNode result = process(other);

		assertThat(result.get("fields").get("creditCode").get("value").asString()).isEqualTo(code);
		assertThat(codes(result)).contains("REGISTRY_UNAVAILABLE");
		REGISTRY.verify(3, getRequestedFor(urlEqualTo("/v1-base/v1/companies/" + code)));
	}

	private JsonNode process(Path caseDir) throws IOException {
		Path scan = GoldenCases.scan(caseDir);
		String body = api.upload("teller", Map.of(scan.getFileName().toString(), Files.readAllBytes(scan))).body();
		String id = ApiClient.json(body).get("documents").get(0).get("id").asString();
		return api.awaitDocument("teller", id, doc -> doc.get("status").asString().equals("EXTRACTED"),
				Duration.ofSeconds(120)).get("result");
	}

	private static java.util.List<Path> licenses() {
		return GoldenCases.all().stream()
			.filter(dir -> "BUSINESS_LICENSE".equals(GoldenCases.documentType(dir)))
			.toList();
	}

	private static java.util.List<String> codes(JsonNode result) {
		return StreamSupport.stream(result.get("issues").spliterator(), false).map(i -> i.get("code").asString()).toList();
	}
}
