package com.onereview.verification;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import com.onereview.UniqueScans;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One uploaded PDF holding a cover sheet, a license and a voucher (the golden multi-document case): the case gets
 * the license and the voucher as two documents with their fields, whether the file opens a case or goes into one.
 */
class MultiDocumentCaseIT extends RunningService {

	/** A context (and database) of its own: the case opened here would sit in the shared context's queue. */
	@DynamicPropertySource
	static void ownContext(DynamicPropertyRegistry registry) {
		registry.add("onereview.test.context", () -> "multi-document");
	}

	private static final Path BUNDLE = GoldenCases.all()
		.stream()
		.filter(c -> !GoldenCases.expectedDocuments(c).isEmpty())
		.findFirst()
		.orElseThrow();

	@Test
	void aFileUploadedWithoutACaseOpensOneCaseHoldingEveryDocumentInIt() {
		HttpResponse<String> uploaded = api.upload("teller",
				Map.of("bundle.pdf", UniqueScans.bytes(GoldenCases.scan(BUNDLE))));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String fileId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		JsonNode file = api.awaitDocument("teller", fileId, doc -> doc.get("status").asString().equals("EXTRACTED"),
				Duration.ofSeconds(300));
		assertThat(file.get("result").get("documentType").asString()).isEqualTo("BUSINESS_LICENSE");
		assertThat(file.get("result").get("documents").size()).isEqualTo(2);

		String caseId = jdbc.sql("SELECT case_id FROM case_document WHERE document_id = ?").param(fileId)
			.query(String.class).single();
		JsonNode detail = CaseFixtures.detail(api, "verifier", caseId);
		assertCaseHoldsTheBundle(detail, fileId);
		assertThat(detail.get("summary").get("kind").asString()).isEqualTo("ACCOUNT_OPENING");
		assertThat(detail.get("summary").get("state").asString()).isEqualTo("PENDING_REVIEW");

		// the voucher's boxes point at page 3 of the file, and its page images are the file's
		String voucherId = detail.get("documents").get(1).get("id").asString();
		assertThat(api.getBytes("verifier", "/api/documents/" + voucherId + "/pages/3").statusCode()).isEqualTo(200);
		// the voucher is a part of the file, not an upload of its own
		assertThat(jdbc.sql("SELECT part_of FROM document WHERE id = ?").param(voucherId).query(String.class).single())
			.isEqualTo(fileId);
	}

	@Test
	void aFileUploadedIntoADraftGivesItEveryDocumentInIt() {
		String caseId = CaseFixtures.createCase(api, "teller2");
		byte[] bytes = UniqueScans.bytes(GoldenCases.scan(BUNDLE));
		HttpResponse<String> uploaded = api.upload("teller2", "/api/cases/" + caseId + "/documents",
				Map.of("bundle.pdf", bytes));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
		String fileId = ApiClient.json(uploaded.body()).get("documents").get(0).get("id").asString();
		api.awaitDocument("teller2", fileId, doc -> doc.get("status").asString().equals("EXTRACTED"),
				Duration.ofSeconds(300));
		CaseFixtures.awaitDocuments(api, "teller2", caseId);

		JsonNode draft = CaseFixtures.detail(api, "teller2", caseId);
		assertThat(draft.get("summary").get("state").asString()).isEqualTo("DRAFT");
		assertCaseHoldsTheBundle(draft, fileId);

		// the same file again, into another draft: read before, so its documents come in the upload itself
		String other = CaseFixtures.createCase(api, "teller2");
		HttpResponse<String> again = api.upload("teller2", "/api/cases/" + other + "/documents", Map.of("bundle.pdf",
				bytes));
		assertThat(ApiClient.json(again.body()).get("documents").get(0).get("duplicate").asBoolean()).isTrue();
		assertCaseHoldsTheBundle(CaseFixtures.detail(api, "teller2", other), fileId);
	}

	private void assertCaseHoldsTheBundle(JsonNode detail, String fileId) {
		List<String> types = new ArrayList<>();
		detail.get("documents").forEach(d -> types.add(d.get("documentType").asString()));
		assertThat(types).containsExactly("BUSINESS_LICENSE", "BANK_VOUCHER");
		assertThat(detail.get("documents").get(0).get("id").asString()).isEqualTo(fileId);
		String voucherId = detail.get("documents").get(1).get("id").asString();
		assertThat(detail.get("documents").get(1).get("fileName").asString()).isEqualTo("bundle.pdf (p. 3)");
		Map<String, String> voucher = CaseFixtures.machineValues(jdbc, voucherId);
		assertThat(voucher).containsKeys("amount", "payeeName", "serialNumber");
		Map<String, String> expected = GoldenCases.expectedDocuments(BUNDLE).get(1).get("fields").properties().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asString()));
		assertThat(voucher.get("payeeAccount")).isEqualTo(expected.get("payeeAccount"));
		int licenseFields = 0;
		int voucherFields = 0;
		for (JsonNode field : detail.get("fields")) {
			String documentId = field.get("documentId").asString();
			licenseFields += documentId.equals(fileId) ? 1 : 0;
			voucherFields += documentId.equals(voucherId) ? 1 : 0;
		}
		assertThat(licenseFields).isEqualTo(12);
		assertThat(voucherFields).isEqualTo(12);
	}
}
