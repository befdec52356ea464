package com.onereview.ingest.web;

import java.util.List;

import com.onereview.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldRowTests {

	@Test
	void fieldsKeepTheResultsOrderAndAreColouredByConfidenceAndIssues() {
		String result = """
				{"documentType": "BUSINESS_LICENSE", "fields": {
				  "creditCode": {"value": "91130102MAT45B8NXB", "confidence": 0.97, "source": "OCR",
				                 "box": {"page": 1, "x": 120, "y": 480, "w": 610, "h": 52}},
				  "companyName": {"value": "石家庄盛天物流有限公司", "confidence": 0.88, "source": "OCR"},
				  "registrationAuthority": {"value": null, "confidence": 0.0},
				  "establishedDate": {"value": "2022-04-06", "confidence": 0.95, "source": "OCR"}},
				 "issues": [{"field": "establishedDate", "code": "UNPARSEABLE_DATE", "message": "cannot read"},
				            {"field": "registrationAuthority", "code": "FIELD_NOT_FOUND", "message": "none"}]}
				""";
		List<FieldRow> rows = FieldRow.of(ApiClient.json(result), 0.9);

		assertThat(rows).extracting(FieldRow::key)
			.containsExactly("creditCode", "companyName", "registrationAuthority", "establishedDate");
		assertThat(rows).extracting(FieldRow::level).containsExactly("ok", "warn", "bad", "bad");
		assertThat(rows.get(0).box()).isEqualTo(new FieldRow.Box(1, 120, 480, 610, 52));
		assertThat(rows.get(0).percent()).isEqualTo(97);
		assertThat(rows.get(1).box()).isNull();
		assertThat(rows.get(2).value()).isNull();
		assertThat(rows.get(3).issues()).containsExactly(new FieldRow.Issue("UNPARSEABLE_DATE", "cannot read"));
	}

	@Test
	void aResultWithoutFieldsHasNoRows() {
		assertThat(FieldRow.of(ApiClient.json("{\"error\": \"unreadable\"}"), 0.9)).isEmpty();
		assertThat(FieldRow.of(null, 0.9)).isEmpty();
	}
}
