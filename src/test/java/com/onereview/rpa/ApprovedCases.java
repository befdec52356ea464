package com.onereview.rpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account openings taken through the real API to approval: the teller's case with a golden license and
 * the inputs a filing needs, a verifier who re-keys what is asked for (from the fixture's truth), approves.
 */
final class ApprovedCases {

	private ApprovedCases() {
	}

	static String approve(ApiClient api, Path licenseCase, String accountKind) {
		String caseId = ApiClient.json(ok(api.post("teller", "/api/cases", null)).body()).get("id").asString();
		ok(api.upload("teller", "/api/cases/" + caseId + "/documents",
				Map.of("license.png", bytes(GoldenCases.scan(licenseCase)))));
		await(api, "teller", caseId, detail -> detail.get("documents").get(0).get("status").asString().equals("EXTRACTED"));
		ok(api.put("teller", "/api/cases/" + caseId + "/inputs", Map.of("accountKind", accountKind, "phone",
				"0311-86001234", "postcode", "050000", "depositorCategory", "企业法人", "industryCode",
				"I 信息传输、软件和信息技术服务业", "legalRepIdType", "居民身份证", "legalRepIdNumber", "11010519491231002X",
				"accountNumber", "62220200" + (System.nanoTime() % 100_000_000L))));
		ok(api.post("teller", "/api/cases/" + caseId + "/submit", null));
		ok(api.post("verifier", "/api/cases/" + caseId + "/claim", null));
		Map<String, String> truth = GoldenCases.expectedFields(licenseCase);
		JsonNode detail = ApiClient.json(ok(api.get("verifier", "/api/cases/" + caseId)).body());
		for (JsonNode field : detail.get("fields")) {
			resolve(api, caseId, field, truth.get(field.get("key").asString()));
		}
		ok(api.post("verifier", "/api/cases/" + caseId + "/decision", Map.of("decision", "APPROVE")));
		return caseId;
	}

	private static void resolve(ApiClient api, String caseId, JsonNode field, String truth) {
		String path = "/api/cases/" + caseId + "/fields/" + field.get("documentId").asString() + "/"
				+ field.get("key").asString();
		switch (field.get("status").asString()) {
			case "REKEY" -> {
				JsonNode outcome = ApiClient.json(ok(api.post("verifier", path + "/rekey", Map.of("value", truth))).body());
				if (!outcome.get("match").asBoolean()) {
					ok(api.post("verifier", path + "/confirm", Map.of("use", "REKEYED")));
				}
			}
			case "MISSING" -> ok(truth == null ? api.post("verifier", path + "/confirm", null)
					: api.put("verifier", path, Map.of("value", truth, "override", true)));
			default -> {
			}
		}
	}

	static JsonNode await(ApiClient api, String user, String caseId, Predicate<JsonNode> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		JsonNode detail = null;
		while (Instant.now().isBefore(deadline)) {
			detail = ApiClient.json(ok(api.get(user, "/api/cases/" + caseId)).body());
			if (done.test(detail)) {
				return detail;
			}
			pause();
		}
		throw new AssertionError("case " + caseId + " did not get there in time: " + detail);
	}

	static JsonNode awaitFiling(ApiClient api, String caseId, Predicate<JsonNode> done) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		String last = null;
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> filing = api.get("supervisor", "/api/cases/" + caseId + "/filing");
			last = filing.body();
			if (filing.statusCode() == 200 && done.test(ApiClient.json(filing.body()))) {
				return ApiClient.json(filing.body());
			}
			pause();
		}
		throw new AssertionError("filing of " + caseId + " did not get there in time: " + last);
	}

	static <T> HttpResponse<T> ok(HttpResponse<T> response) {
		assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isBetween(200, 299);
		return response;
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
