package com.onereview.verification;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case from the teller's draft to the verifier's decision, over the API. The confidence threshold is 1.0
 * here, so every OCR reading needs a blind re-key and the test re-keys them against the fixture's truth.
 */
@TestPropertySource(properties = "onereview.verification.confidence-threshold=1.0")
@Import(CaseLifecycleIT.Approvals.class)
class CaseLifecycleIT extends RunningService {

	@Autowired
	Approvals approvals;

	@Test
	void tellerAssemblesVerifierReKeysCorrectsAndApproves() {
		String caseId = CaseFixtures.createCase(api, "teller");
		JsonNode draft = CaseFixtures.detail(api, "teller", caseId);
		assertThat(draft.get("summary").get("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("summary").get("branch").asString()).isEqualTo("BR001");
		assertThat(status(api.post("teller", "/api/cases/" + caseId + "/submit", null))).isEqualTo(409);

		String documentId = CaseFixtures.uploadLicense(api, "teller", caseId);
		assertThat(api.get("teller2", "/api/cases/" + caseId).statusCode()).isEqualTo(404);
		assertThat(api.upload("teller2", "/api/cases/" + caseId + "/documents", Map.of("x.png",
				CaseFixtures.licenseBytes())).statusCode()).isEqualTo(404);
		HttpResponse<String> submitted = api.post("teller", "/api/cases/" + caseId + "/submit", null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(ApiClient.json(submitted.body()).get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(ApiClient.json(submitted.body()).get("kind").asString()).isEqualTo("ACCOUNT_OPENING");

		// what the machine read, as the uploader may see it; a verifier sees none of it before re-keying
		Map<String, String> machine = CaseFixtures.machineValues(jdbc, documentId);
		String machineName = machine.get("companyName");
		HttpResponse<String> blind = api.get("verifier", "/api/cases/" + caseId);
		assertThat(blind.body()).doesNotContain(machineName);
		JsonNode blindFields = ApiClient.json(blind.body()).get("fields");
		assertThat(blindFields.size()).isGreaterThanOrEqualTo(12);
		for (JsonNode field : blindFields) {
			assertThat(field.get("status").asString()).isIn("REKEY", "MISSING");
			assertThat(field.get("machineValue").isNull()).isTrue();
		}
		assertThat(ApiClient.json(blind.body()).get("allowedActions").toString()).contains("CLAIM");

		// only a verifier claims, and only one at a time
		assertThat(status(api.post("teller", "/api/cases/" + caseId + "/claim", null))).isEqualTo(403);
		assertThat(status(api.post("verifier", "/api/cases/" + caseId + "/claim", null))).isEqualTo(200);
		assertThat(status(api.post("verifier2", "/api/cases/" + caseId + "/claim", null))).isEqualTo(409);
		HttpResponse<String> early = api.post("verifier", "/api/cases/" + caseId + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(early.body()).get("openFields").size()).isEqualTo(blindFields.size());

		String fields = "/api/cases/" + caseId + "/fields/" + documentId + "/";
		// a wrong blind re-key: a conflict, and only now the machine's value is shown
		JsonNode conflict = ok(api.post("verifier", fields + "companyName/rekey", Map.of("value", "错误的公司名称")));
		assertThat(conflict.get("match").asBoolean()).isFalse();
		assertThat(conflict.get("field").get("status").asString()).isEqualTo("CONFLICT");
		assertThat(conflict.get("field").get("machineValue").asString()).isEqualTo(machineName);
		assertThat(conflict.get("field").get("rekeyedValue").asString()).isEqualTo("错误的公司名称");
		JsonNode picked = ok(api.post("verifier", fields + "companyName/confirm", Map.of("use", "MACHINE")));
		assertThat(picked.get("field").get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(picked.get("field").get("value").asString()).isEqualTo(machineName);

		Map<String, String> truth = GoldenCases.expectedFields(CaseFixtures.licenseFolder());
		for (JsonNode field : blindFields) {
			String key = field.get("key").asString();
			if (!key.equals("companyName")) {
				verify(fields, key, field.get("status").asString(), truth.get(key), machine.get(key));
			}
		}

		// a correction failing the check character is kept only with override, and audited as such
		HttpResponse<String> bad = api.put("verifier", fields + "creditCode",
				Map.of("value", truth.get("creditCode").substring(0, 17) + "0"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(ApiClient.json(bad.body()).get("issues").get(0).get("code").asString()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(status(api.put("verifier", fields + "creditCode", Map.of("value",
				truth.get("creditCode").substring(0, 17) + "0", "override", true)))).isEqualTo(200);
		JsonNode corrected = ok(api.put("verifier", fields + "creditCode",
				Map.of("value", " " + truth.get("creditCode").toLowerCase() + " ")));
		assertThat(corrected.get("field").get("status").asString()).isEqualTo("CORRECTED");
		assertThat(corrected.get("field").get("value").asString()).isEqualTo(truth.get("creditCode"));
		assertThat(corrected.get("field").get("source").asString()).isEqualTo("USER");

		// handling time: plausible reports add up, an absurd one is ignored
		api.post("verifier", "/api/cases/" + caseId + "/activity",
				Map.of("activeSeconds", 30, "fields", Map.of(documentId + "/address", 12)));
		api.post("verifier", "/api/cases/" + caseId + "/activity", Map.of("activeSeconds", 100_000));
		JsonNode ready = CaseFixtures.detail(api, "verifier", caseId);
		assertThat(ready.get("activeSeconds").asLong()).isEqualTo(30);
		assertThat(field(ready, "address").get("activeSeconds").asLong()).isEqualTo(12);
		assertThat(ready.get("allowedActions").toString()).contains("APPROVE");
		assertThat(ready.get("derived").get("regionCode").asString()).isEqualTo(truth.get("creditCode").substring(2, 8));

		HttpResponse<String> approved = api.post("verifier", "/api/cases/" + caseId + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(ApiClient.json(approved.body()).get("state").asString()).isEqualTo("APPROVED");
		CaseApproved event = approvals.events.stream().filter(e -> e.caseId().equals(caseId)).findFirst().orElseThrow();
		assertThat(event.values().get("BUSINESS_LICENSE").get("companyName")).isEqualTo(machineName);
		assertThat(event.values().get("BUSINESS_LICENSE").get("creditCode")).isEqualTo(truth.get("creditCode"));
		assertThat(event.derived().get("proofDocumentNumber")).isEqualTo(truth.get("creditCode"));
		assertThat(event.inputs()).containsKey("bankCode");

		List<String> actions = new ArrayList<>();
		ApiClient.json(api.get("teller", "/api/cases/" + caseId + "/audit").body())
			.forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).contains("CREATED", "DOCUMENT_ADDED", "SUBMITTED", "CLAIMED", "VIEWED", "FIELD_REKEYED",
				"FIELD_CONFIRMED", "FIELD_CORRECTED", "APPROVED");
		HttpResponse<String> csv = api.get("supervisor", "/api/cases/" + caseId + "/audit?format=csv");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("FIELD_REKEYED").contains("\"MISMATCH\"").contains("错误的公司名称");
		assertThat(api.get("teller2", "/api/cases/" + caseId + "/audit").statusCode()).isEqualTo(404);
	}

	/** Re-keys the truth blind: it matches exactly when the machine read the truth. */
	private void verify(String fields, String key, String status, String truth, String machineValue) {
		if (status.equals("MISSING")) {
			assertThat(status(truth == null ? api.post("verifier", fields + key + "/confirm", null)
					: api.put("verifier", fields + key, Map.of("value", truth, "override", true)))).isEqualTo(200);
			return;
		}
		JsonNode outcome = ok(api.post("verifier", fields + key + "/rekey", Map.of("value", truth)));
		assertThat(outcome.get("match").asBoolean()).as(key).isEqualTo(ValueComparison.same(key, truth, machineValue));
		if (!outcome.get("match").asBoolean()) {
			assertThat(status(api.post("verifier", fields + key + "/confirm", Map.of("use", "REKEYED")))).isEqualTo(200);
		}
	}

	@Test
	void makersCannotVerifyReturnedCasesGoBackAndResubmit() {
		String caseId = CaseFixtures.submittedCase(api, "admin");
		assertThat(api.post("admin", "/api/cases/" + caseId + "/claim", null).body()).contains("maker-checker");
		assertThat(status(api.post("admin", "/api/cases/" + caseId + "/claim", null))).isEqualTo(403);
		assertThat(status(api.post("supervisor", "/api/cases/" + caseId + "/reassign", Map.of("verifier", "admin"))))
			.isEqualTo(403);
		assertThat(status(api.post("supervisor", "/api/cases/" + caseId + "/reassign", Map.of("verifier", "verifier2"))))
			.isEqualTo(204);
		assertThat(CaseFixtures.detail(api, "supervisor", caseId).get("summary").get("claimedBy").asString())
			.isEqualTo("verifier2");

		String decision = "/api/cases/" + caseId + "/decision";
		assertThat(status(api.post("verifier", decision, Map.of("decision", "RETURN", "reasonCode", "INPUT_WRONG"))))
			.isEqualTo(409);
		HttpResponse<String> noReason = api.post("verifier2", decision, Map.of("decision", "RETURN"));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("INPUT_WRONG");
		assertThat(status(api.post("verifier2", decision,
				Map.of("decision", "RETURN", "reasonCode", "INPUT_WRONG", "comment", "邮编有误")))).isEqualTo(200);
		JsonNode returned = CaseFixtures.detail(api, "admin", caseId);
		assertThat(returned.get("summary").get("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("summary").get("reasonCode").asString()).isEqualTo("INPUT_WRONG");
		assertThat(returned.get("reasonText").asString()).isEqualTo("邮编有误");

		String inputs = "/api/cases/" + caseId + "/inputs";
		HttpResponse<String> invalid = api.put("admin", inputs,
				Map.of("postcode", "05000", "legalRepIdNumber", "110105194912310021"));
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("INVALID_POSTCODE").contains("CHECKSUM_MISMATCH");
		assertThat(status(api.put("admin", inputs, Map.of("accountKind", "BASIC", "postcode", "050000",
				"legalRepIdNumber", "11010519491231002X")))).isEqualTo(200);
		HttpResponse<String> resubmitted = api.post("admin", "/api/cases/" + caseId + "/submit", null);
		assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
		JsonNode summary = ApiClient.json(resubmitted.body());
		assertThat(summary.get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(summary.get("accountKind").asString()).isEqualTo("BASIC");
		assertThat(Instant.parse(summary.get("slaDueAt").asString()).atZone(ZoneId.of("Asia/Shanghai")).toLocalTime())
			.isEqualTo(LocalTime.of(17, 0));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = 'INPUT_CHANGED'")
			.param(caseId).query(Integer.class).single()).isEqualTo(3);

		// the next case for verifier2 is this one (the oldest deadline they may take); none for its maker
		assertThat(status(api.post("admin", "/api/cases/claim-next", null))).isEqualTo(204);
		HttpResponse<String> next = api.post("verifier2", "/api/cases/claim-next", null);
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(next.body()).get("caseId").asString()).isEqualTo(caseId);
	}

	@Test
	void aCaseIsSubmittedOnlyWhenEveryDocumentIsRead() throws Exception {
		String caseId = CaseFixtures.createCase(api, "teller2");
		byte[] other = java.nio.file.Files.readAllBytes(GoldenCases.scan(GoldenCases.all().get(1)));
		HttpResponse<String> uploaded = api.upload("teller2", "/api/cases/" + caseId + "/documents",
				Map.of("second.jpg", other));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String documentId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		HttpResponse<String> early = api.post("teller2", "/api/cases/" + caseId + "/submit", null);
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(ApiClient.json(early.body()).get("documents").get(0).get("documentId").asString())
			.isEqualTo(documentId);
		assertThat(status(api.delete("teller2", "/api/cases/" + caseId + "/documents/" + documentId))).isEqualTo(204);
		assertThat(CaseFixtures.detail(api, "teller2", caseId).get("documents")).isEmpty();
		// the document opens no case of its own when read, though taken out again: it was uploaded into one
		api.awaitDocument("teller2", documentId, doc -> !doc.get("status").asString().matches("RECEIVED|PROCESSING"),
				java.time.Duration.ofSeconds(120));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE opened_for_document = ?").param(documentId)
			.query(Integer.class).single()).isZero();
	}

	private static JsonNode field(JsonNode detail, String key) {
		for (JsonNode field : detail.get("fields")) {
			if (field.get("key").asString().equals(key)) {
				return field;
			}
		}
		throw new AssertionError("no field " + key);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}

	private static int status(HttpResponse<String> response) {
		return response.statusCode();
	}

	/** Collects the approvals published, as forms and filing will receive them. */
	@TestConfiguration
	static class Approvals {

		final List<CaseApproved> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CaseApproved event) {
			events.add(event);
		}
	}
}
