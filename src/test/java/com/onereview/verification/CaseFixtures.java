package com.onereview.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps the case tests share (verification, forms): a teller's case with the first golden license, submitted. */
public final class CaseFixtures {

	private CaseFixtures() {
	}

	public static byte[] licenseBytes() {
		try {
			return Files.readAllBytes(GoldenCases.scan(GoldenCases.first()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path licenseFolder() {
		return GoldenCases.first();
	}

	public static String createCase(ApiClient api, String teller) {
		HttpResponse<String> created = api.post(teller, "/api/cases", null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ApiClient.json(created.body()).get("id").asString();
	}

	/** Uploads the license into the case and waits until it is read; the document id. */
	public static String uploadLicense(ApiClient api, String teller, String caseId) {
		HttpResponse<String> uploaded = api.upload(teller, "/api/cases/" + caseId + "/documents",
				Map.of("license.png", licenseBytes()));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String documentId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		awaitDocuments(api, teller, caseId);
		return documentId;
	}

	/** Waits until every document of the case is read, as its teller sees it. */
	public static void awaitDocuments(ApiClient api, String user, String caseId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			JsonNode documents = detail(api, user, caseId).get("documents");
			boolean done = true;
			for (JsonNode document : documents) {
				done &= document.get("status").asString().equals("EXTRACTED");
			}
			if (done) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("documents of case " + caseId + " not read in time");
	}

	/** The machine's reading of a document, field key → value (null when not found), from the database. */
	public static Map<String, String> machineValues(JdbcClient jdbc, String documentId) {
		String result = jdbc.sql("SELECT result_json FROM document WHERE id = ?").param(documentId).query(String.class)
			.single();
		Map<String, String> values = new HashMap<>();
		ApiClient.json(result).get("fields").properties().forEach(entry -> values.put(entry.getKey(),
				entry.getValue().get("value").isNull() ? null : entry.getValue().get("value").asString()));
		return values;
	}

	public static String submittedCase(ApiClient api, String teller) {
		String caseId = createCase(api, teller);
		uploadLicense(api, teller, caseId);
		HttpResponse<String> submitted = api.post(teller, "/api/cases/" + caseId + "/submit", null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		return caseId;
	}

	public static JsonNode detail(ApiClient api, String user, String caseId) {
		HttpResponse<String> response = api.get(user, "/api/cases/" + caseId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}
}
