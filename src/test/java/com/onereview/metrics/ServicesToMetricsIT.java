package com.onereview.metrics;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import com.onereview.UniqueScans;
import com.onereview.security.Role;
import com.onereview.security.UserAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case through the real services — upload, reading, submission, claim, re-keys, one correction, reported
 * activity, approval — and the metrics count exactly what happened: the facts read what verification wrote.
 */
class ServicesToMetricsIT extends RunningService {

	@Autowired
	UserAccounts users;

	@Test
	void aCaseWorkedThroughTheApiIsCountedAsItHappened() {
		// a teller of her own: the integration tests share one database, and others count the demo tellers' cases
		users.createIfAbsent("mona", "mona123", "柜员 孟娜", Role.TELLER, "M05", "度量支行");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String range = "?from=" + today.minusDays(1) + "&to=" + today + "&kind=ACCOUNT_OPENING&branch=M05";
		JsonNode before = summary(range);

		String caseId = ApiClient.json(ok(api.post("mona", "/api/cases", null), 201)).get("id").asString();
		JsonNode uploaded = ApiClient.json(ok(api.upload("mona", "/api/cases/" + caseId + "/documents",
				Map.of("license.png", UniqueScans.bytes(GoldenCases.scan(GoldenCases.first())))), 202));
		String documentId = uploaded.get("documents").get(0).get("id").asString();
		api.awaitDocument("mona", documentId, d -> "EXTRACTED".equals(d.get("status").asString()),
				Duration.ofSeconds(120));
		ok(api.post("mona", "/api/cases/" + caseId + "/submit", null), 200);
		ok(api.post("verifier2", "/api/cases/" + caseId + "/claim", null), 200);

		String fields = "/api/cases/" + caseId + "/fields/" + documentId + "/";
		for (JsonNode field : ApiClient.json(ok(api.get("verifier2", "/api/cases/" + caseId), 200)).get("fields")) {
			String key = field.get("key").asString();
			String status = field.get("status").asString();
			if (key.equals("companyName")) {
				ok(api.put("verifier2", fields + key, Map.of("value", "度量测试有限公司", "override", true)), 200);
			}
			else if (status.equals("REKEY")) {
				// typed exactly as the machine read it: a confirmation, not a correction
				ok(api.post("verifier2", fields + key + "/rekey", Map.of("value", machineValue(caseId, key))), 200);
			}
			else if (status.equals("MISSING")) {
				ok(api.post("verifier2", fields + key + "/confirm", null), 200);
			}
		}
		ok(api.post("verifier2", "/api/cases/" + caseId + "/activity", Map.of("activeSeconds", 300)), 200);
		ok(api.post("verifier2", "/api/cases/" + caseId + "/decision", Map.of("decision", "APPROVE")), 200);

		String row = exportRow(range, caseId);
		assertThat(row).startsWith("\"" + caseId + "\",ACCOUNT_OPENING,\"M05\",")
			.contains(",\"verifier2\",APPROVE,,300,480,180,")
			.contains(",1,\"companyName\",")
			.endsWith(",true");
		assertThat(row.split(",")[3]).as("received").isNotEmpty();
		assertThat(row.split(",")[4]).as("extracted").isNotEmpty();
		assertThat(row.split(",")[6]).as("claimed").isNotEmpty();

		JsonNode after = summary(range);
		assertThat(after.at("/cases/decided").asInt() - before.at("/cases/decided").asInt()).isEqualTo(1);
		assertThat(after.at("/timeSaved/seconds").asLong() - before.at("/timeSaved/seconds").asLong()).isEqualTo(180);
		assertThat(after.at("/timeSaved/handlingSeconds").asLong() - before.at("/timeSaved/handlingSeconds").asLong())
			.isEqualTo(300);
		assertThat(corrected(after, "companyName") - corrected(before, "companyName")).isEqualTo(1);
		assertThat(corrected(after, "creditCode") - corrected(before, "creditCode")).isZero();
	}

	private String machineValue(String caseId, String key) {
		return jdbc.sql("SELECT machine_value FROM case_field WHERE case_id = ? AND field_key = ?")
			.params(caseId, key)
			.query(String.class)
			.single();
	}

	private String exportRow(String range, String caseId) {
		HttpResponse<String> csv = api.get("supervisor", "/api/metrics/export.csv" + range);
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> rows = csv.body().lines().filter(line -> line.startsWith("\"" + caseId + "\"")).toList();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static int corrected(JsonNode summary, String field) {
		for (JsonNode rate : summary.at("/quality/fields")) {
			if (rate.get("field").asString().equals(field)) {
				return rate.get("corrected").asInt();
			}
		}
		return 0;
	}

	private JsonNode summary(String range) {
		return ApiClient.json(ok(api.get("supervisor", "/api/metrics/summary" + range), 200));
	}

	private static String ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response.body();
	}
}
