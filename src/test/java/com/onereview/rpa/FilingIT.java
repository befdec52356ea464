package com.onereview.rpa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.onereview.ApiClient;
import com.onereview.ChildApp;
import com.onereview.GoldenCases;
import com.onereview.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approved account openings are filed into the (simulated) regulator's portal by headless Chromium:
 * filed with a receipt; a portal down for maintenance is retried until it is back; the portal's
 * refusal (a second basic account) puts the case back in the queue with the portal's message. The
 * service files into the portal it serves itself, so it runs on a port chosen before it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "onereview.demo.load-samples=false", "onereview.simulator.enabled=true",
				"onereview.simulator.api-key=it-key", "onereview.rpa.username=rpa", "onereview.rpa.password=rpa-pass",
				"onereview.rpa.retry-backoff=500ms", "onereview.ingest.poll-interval=300ms" })
class FilingIT {

	private static int port;

	@Autowired
	private JdbcClient jdbc;

	private ApiClient api;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) throws IOException {
		TestDatabase.freshDatabase().forEach((key, value) -> registry.add(key, () -> value));
		port = ChildApp.freePort();
		registry.add("server.port", () -> port);
		registry.add("onereview.rpa.portal-url", () -> "http://127.0.0.1:" + port + "/sim/portal/");
	}

	@BeforeAll
	static void browserInstalled() {
		PortalSubmitterIT.browserInstalled();
	}

	@org.junit.jupiter.api.BeforeEach
	void client() {
		api = new ApiClient("http://127.0.0.1:" + port);
	}

	@AfterEach
	void clearFaults() throws Exception {
		faults("DELETE", null);
	}

	@Test
	void anApprovedCaseIsFiledWithReceiptAndEvidenceAndASecondBasicAccountGoesBackToTheVerifier() throws Exception {
		String caseId = ApprovedCases.approve(api, licenses().get(0), "BASIC");

		JsonNode filing = ApprovedCases.awaitFiling(api, caseId, f -> f.get("state").asString().equals("FILED"));
		assertThat(filing.get("receiptNo").asString()).matches("BA\\d{14}");
		assertThat(filing.get("alreadyFiled").asBoolean()).isFalse();
		assertThat(ApprovedCases.await(api, "teller", caseId, d -> true).get("summary").get("state").asString())
			.isEqualTo("FILED");
		HttpResponse<byte[]> evidence = api.getBytes("supervisor", "/api/cases/" + caseId + "/filing/evidence.png");
		assertThat(ImageIO.read(new ByteArrayInputStream(evidence.body())).getWidth()).isGreaterThan(600);
		assertThat(api.get("teller2", "/api/cases/" + caseId + "/filing").statusCode()).isEqualTo(404);
		assertThat(portalFilings(caseId)).isEqualTo(1);
		assertThat(audit(caseId)).contains("APPROVED", "FILED");

		// the same company, a second basic account: the portal refuses, a verifier sees why
		String second = ApprovedCases.approve(api, licenses().get(0), "BASIC");
		JsonNode refused = ApprovedCases.awaitFiling(api, second, f -> f.get("state").asString().equals("REFUSED"));
		assertThat(refused.get("lastError").asString()).contains("数据冲突");
		JsonNode back = ApprovedCases.await(api, "verifier", second, d -> true);
		assertThat(back.get("summary").get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(back.get("reasonText").asString()).contains("数据冲突");
		assertThat(audit(second)).contains("FILING_REFUSED");
		assertThat(portalFilings(second)).isZero();
	}

	@Test
	void aPortalDownForMaintenanceIsRetriedUntilItIsBack() throws Exception {
		faults("PUT", "{\"down\": true}");
		String caseId = ApprovedCases.approve(api, licenses().get(1), "GENERAL");

		JsonNode failing = ApprovedCases.awaitFiling(api, caseId, f -> f.get("attempts").asInt() >= 2);
		assertThat(failing.get("state").asString()).isEqualTo("QUEUED");
		assertThat(failing.get("lastError").asString()).contains("maintenance");
		faults("PUT", "{\"latency\": \"PT0.3S\"}");

		JsonNode filed = ApprovedCases.awaitFiling(api, caseId, f -> f.get("state").asString().equals("FILED"));
		assertThat(filed.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(portalFilings(caseId)).isEqualTo(1);
	}

	private long portalFilings(String caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM sim_portal_filing WHERE reference = ?").param(caseId)
			.query(Long.class).single();
	}

	private List<String> audit(String caseId) {
		List<String> actions = new ArrayList<>();
		ApiClient.json(api.get("supervisor", "/api/cases/" + caseId + "/audit").body())
			.forEach(e -> actions.add(e.get("action").asString()));
		return actions;
	}

	private static List<java.nio.file.Path> licenses() {
		return GoldenCases.all().stream().filter(dir -> "BUSINESS_LICENSE".equals(GoldenCases.documentType(dir))).toList();
	}

	private void faults(String method, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sim/portal/admin/faults"))
			.header("X-Api-Key", "it-key")
			.header("Content-Type", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isBetween(200, 204);
	}
}
