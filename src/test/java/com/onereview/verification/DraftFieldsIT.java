package com.onereview.verification;

import java.net.http.HttpResponse;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import com.onereview.UniqueScans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft holds its license's fields as soon as the license is read (the teller's screen shows them before
 * anything is sent), loses them with the document, and gets them back at once when the same file comes again.
 */
class DraftFieldsIT extends RunningService {

	@Test
	void aDraftShowsItsLicenseFieldsAndDerivedValuesBeforeItIsSent() {
		String caseId = CaseFixtures.createCase(api, "teller");
		byte[] license = UniqueScans.bytes(GoldenCases.scan(CaseFixtures.licenseFolder()));
		HttpResponse<String> uploaded = api.upload("teller", "/api/cases/" + caseId + "/documents",
				Map.of("license.png", license));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String documentId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		CaseFixtures.awaitDocuments(api, "teller", caseId);

		JsonNode draft = CaseFixtures.detail(api, "teller", caseId);
		assertThat(draft.get("summary").get("state").asString()).isEqualTo("DRAFT");
		Map<String, String> machine = CaseFixtures.machineValues(jdbc, documentId);
		assertThat(fieldCount(draft, documentId)).isEqualTo(machine.size());
		for (JsonNode field : draft.get("fields")) {
			// the same rule as in review: a reading that must be re-keyed is not shown, the others are
			String shown = field.get("value").isNull() ? null : field.get("value").asString();
			switch (field.get("status").asString()) {
				case "ACCEPTED" -> assertThat(shown).isEqualTo(machine.get(field.get("key").asString()));
				default -> assertThat(shown).as(field.get("key").asString()).isNull();
			}
		}
		assertThat(draft.get("derived").get("openingDate").asString()).isNotBlank();

		assertThat(api.delete("teller", "/api/cases/" + caseId + "/documents/" + documentId).statusCode())
			.isEqualTo(204);
		assertThat(CaseFixtures.detail(api, "teller", caseId).get("fields").size()).isZero();

		// the same bytes again: the document read before, attached and given its fields in the upload itself
		HttpResponse<String> again = api.upload("teller", "/api/cases/" + caseId + "/documents",
				Map.of("license.png", license));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
		assertThat(ApiClient.json(again.body()).get("documents").get(0).get("duplicate").asBoolean()).isTrue();
		assertThat(fieldCount(CaseFixtures.detail(api, "teller", caseId), documentId)).isEqualTo(machine.size());
	}

	private static int fieldCount(JsonNode detail, String documentId) {
		int count = 0;
		for (JsonNode field : detail.get("fields")) {
			count += field.get("documentId").asString().equals(documentId) ? 1 : 0;
		}
		return count;
	}
}
