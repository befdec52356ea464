package com.onereview.verification;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.UniqueScans;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted case for the screen tests, made through the API by its maker with a unique copy of license 001. */
final class ScreenCases {

	static final Path LICENSE = Path.of("test-fixtures/business-license/001-clean-png/license.png");

	private ScreenCases() {
	}

	/** Creates, uploads into, waits for, and submits a case as {@code maker}; the case and document ids. */
	static String[] submitted(ApiClient api, String maker) {
		String caseId = CaseFixtures.createCase(api, maker);
		HttpResponse<String> uploaded = api.upload(maker, "/api/cases/" + caseId + "/documents",
				Map.of("license.png", UniqueScans.bytes(LICENSE)));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String documentId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		CaseFixtures.awaitDocuments(api, maker, caseId);
		HttpResponse<String> submitted = api.post(maker, "/api/cases/" + caseId + "/submit", null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		return new String[] { caseId, documentId };
	}

	static String state(ApiClient api, String user, String caseId) {
		return CaseFixtures.detail(api, user, caseId).get("summary").get("state").asString();
	}
}
