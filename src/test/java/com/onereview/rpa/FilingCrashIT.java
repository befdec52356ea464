package com.onereview.rpa;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.ChildApp;
import com.onereview.GoldenCases;
import com.onereview.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filer is killed after the portal took the filing and before the receipt was recorded (the portal
 * is slow to show the receipt). Restarted, it runs the job again, finds the filing in the portal, and
 * records that receipt: the portal holds exactly one filing. The portal runs as its own process.
 */
class FilingCrashIT {

	@Test
	void aFilerKilledBetweenSubmitAndReceiptFilesExactlyOnce() throws Exception {
		TestDatabase.assumePostgres();
		PortalSubmitterIT.browserInstalled();
		Path log = ChildApp.logFile("filing-crash").toPath();
		Map<String, String> portalSettings = new LinkedHashMap<>(TestDatabase.freshDatabase());
		portalSettings.put("onereview.simulator.enabled", "true");
		portalSettings.put("onereview.simulator.api-key", "it-key");
		try (ChildApp portal = ChildApp.start("portal", ChildApp.freePort(), portalSettings, log)) {
			Map<String, String> filerSettings = new LinkedHashMap<>(TestDatabase.freshDatabase());
			filerSettings.put("onereview.rpa.portal-url", portal.baseUrl() + "/sim/portal/");
			filerSettings.put("onereview.rpa.username", "rpa");
			filerSettings.put("onereview.rpa.password", "rpa-pass");
			filerSettings.put("onereview.rpa.page-timeout", "60s");
			filerSettings.put("onereview.rpa.retry-backoff", "1s");
			int filerPort = ChildApp.freePort();
			faults(portal, "{\"receiptDelay\": \"PT40S\"}");

			String caseId;
			try (ChildApp filer = ChildApp.start("filer-1", filerPort, filerSettings, log)) {
				caseId = ApprovedCases.approve(new ApiClient(filer.baseUrl()), GoldenCases.first(), "GENERAL");
				awaitPortalFiling(portal, caseId);
				filer.kill();
			}
			faults(portal, null);

			try (ChildApp restarted = ChildApp.start("filer-2", filerPort, filerSettings, log)) {
				ApiClient api = new ApiClient(restarted.baseUrl());
				JsonNode filing = ApprovedCases.awaitFiling(api, caseId, f -> f.get("state").asString().equals("FILED"));
				assertThat(filing.get("alreadyFiled").asBoolean()).isTrue();
				assertThat(filing.get("receiptNo").asString()).isEqualTo(portalReceipts(portal, caseId).get(0).get("receiptNo").asString());
				assertThat(portalReceipts(portal, caseId).size()).isEqualTo(1);
				assertThat(ApprovedCases.await(api, "teller", caseId, d -> true).get("summary").get("state").asString())
					.isEqualTo("FILED");
			}
		}
	}

	private static void awaitPortalFiling(ChildApp portal, String caseId) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (portalReceipts(portal, caseId).size() > 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the portal never received the filing of " + caseId);
	}

	private static JsonNode portalReceipts(ChildApp portal, String caseId) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(portal.baseUrl() + "/sim/portal/admin/filings?reference=" + caseId))
			.header("X-Api-Key", "it-key").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}

	private static void faults(ChildApp portal, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/sim/portal/admin/faults"))
			.header("X-Api-Key", "it-key")
			.header("Content-Type", "application/json")
			.method(json == null ? "DELETE" : "PUT",
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isBetween(200, 204);
	}
}
