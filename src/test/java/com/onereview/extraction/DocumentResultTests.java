package com.onereview.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.onereview.ocr.Box;

import static org.assertj.core.api.Assertions.assertThat;

/** The CONTRACT.md shape of a file holding several documents. */
class DocumentResultTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theTopLevelIsThePrimaryDocumentAndDocumentsListsThemAll() {
		FoundDocument voucher = new FoundDocument(DocumentType.BANK_VOUCHER, List.of(1),
				Map.of("amount", new ExtractedField("1000.00", 0.97, FieldSource.OCR, new Box(1, 10, 20, 30, 40))),
				List.of());
		FoundDocument license = new FoundDocument(DocumentType.BUSINESS_LICENSE, List.of(2, 3),
				Map.of("creditCode", new ExtractedField("91350100M000100Y43", 0.95, FieldSource.OCR,
						new Box(2, 1, 2, 3, 4))),
				List.of(new ExtractionIssue("creditCode", "X", "x")));
		JsonNode result = json.readTree(json.writeValueAsString(DocumentResult.of("f.pdf", 3, List.of(voucher, license))));

		assertThat(Set.copyOf(result.propertyNames()))
			.containsExactlyInAnyOrder("file", "documentType", "pages", "fields", "issues", "error", "documents");
		assertThat(result.get("documentType").asString()).isEqualTo("BUSINESS_LICENSE");
		assertThat(result.get("pages").asInt()).isEqualTo(3);
		assertThat(result.get("fields").get("creditCode").get("box").get("page").asInt()).isEqualTo(2);
		assertThat(result.get("issues").get(0).get("code").asString()).isEqualTo("X");
		JsonNode documents = result.get("documents");
		assertThat(documents.get(0).get("documentType").asString()).isEqualTo("BANK_VOUCHER");
		assertThat(documents.get(0).get("pages").toString()).isEqualTo("[1]");
		assertThat(documents.get(1).get("pages").toString()).isEqualTo("[2,3]");
		assertThat(Set.copyOf(documents.get(1).propertyNames()))
			.containsExactlyInAnyOrder("documentType", "pages", "fields", "issues");
	}

	@Test
	void withoutALicenseTheFirstVoucherIsPrimary() {
		FoundDocument first = new FoundDocument(DocumentType.BANK_VOUCHER, List.of(1), Map.of(), List.of());
		FoundDocument second = new FoundDocument(DocumentType.BANK_VOUCHER, List.of(2),
				Map.of("amount", new ExtractedField("2.00", 0.5, FieldSource.OCR, null)), List.of());
		DocumentResult result = DocumentResult.of("f.pdf", 2, List.of(first, second));
		assertThat(result.primaryIndex()).isZero();
		assertThat(result.fields()).isEmpty();
	}

	@Test
	void aFailedFileHasNoDocuments() {
		JsonNode failed = json.readTree(json.writeValueAsString(DocumentResult.failed("x.pdf", "file not found")));
		assertThat(failed.get("documents").isEmpty()).isTrue();
		assertThat(failed.get("error").asString()).isEqualTo("file not found");
	}
}
