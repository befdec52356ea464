package com.onereview.forms;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FormDataTests {

	@Test
	void readsContractResultsWithObjectOrPlainValuesAndDropsNulls() {
		String json = """
				{"documentType": "BUSINESS_LICENSE", "fields": {
				  "creditCode": {"value": "91130102MAT45B8NXB", "confidence": 0.97, "source": "OCR"},
				  "companyName": "石家庄盛天物流有限公司",
				  "registeredCapital": {"value": null, "confidence": 0.0},
				  "address": "  "}}
				""";
		FormData data = FormData.fromResult(JsonMapper.builder().build().readTree(json), Map.of("phone", "0311-1"),
				LocalDate.of(2026, 11, 24));
		assertThat(data.fields()).containsOnly(Map.entry("creditCode", "91130102MAT45B8NXB"),
				Map.entry("companyName", "石家庄盛天物流有限公司"));
		assertThat(data.inputs()).containsOnly(Map.entry("phone", "0311-1"));
		// derived from what is there, nothing from the capital that is not
		assertThat(data.derived()).containsEntry("regionCode", "130102")
			.containsEntry("proofDocumentNumber", "91130102MAT45B8NXB")
			.containsEntry("today", "2026年11月24日")
			.doesNotContainKeys("registeredCapitalYuan", "proofDocumentExpiry");
	}
}
