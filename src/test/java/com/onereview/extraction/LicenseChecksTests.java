package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LicenseChecksTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final Map<String, ExtractedField> fields = new LinkedHashMap<>();

	private final List<ExtractionIssue> issues = new ArrayList<>();

	private void put(String key, String value) {
		fields.put(key, new ExtractedField(value, 0.95, FieldSource.OCR, null));
	}

	@Test
	void aConsistentLicenseRaisesNothing() {
		put("creditCode", "91110108MA01EBFH9B");
		put("establishedDate", "2018-03-01");
		put("businessTermStart", "2018-03-01");
		put("businessTermEnd", "长期");
		put("registrationDate", "2020-05-06");
		put("registeredCapital", "人民币壹仟万元整");
		LicenseChecks.apply(fields, issues, TODAY);
		assertThat(issues).isEmpty();
		assertThat(fields.get("establishedDate").confidence()).isEqualTo(0.95);
	}

	@Test
	void datesOutOfOrderAreIssuesAndLoseTheirConfidence() {
		put("establishedDate", "2018-03-01");
		put("businessTermStart", "2018-08-01");
		put("businessTermEnd", "2017-01-01");
		put("registrationDate", "2027-01-01");
		LicenseChecks.apply(fields, issues, TODAY);
		assertThat(issues).extracting(ExtractionIssue::code)
			.contains("TERM_START_MISMATCH", "DATE_IN_FUTURE", "DATE_ORDER");
		assertThat(fields.get("registrationDate").confidence()).isLessThan(0.9);
		assertThat(fields.get("businessTermStart").confidence()).isLessThan(0.9);
		assertThat(fields.get("establishedDate").confidence()).isLessThan(0.9);
	}

	@Test
	void aPilotCodeFailingTheOrganisationCheckIsFlaggedNotRejected() {
		String org = "MA01EBFH";
		char wrong = CreditCode.organisationCheckCharacter(org) == '1' ? '2' : '1';
		String first17 = "91110108" + org + wrong;
		String code = first17 + CreditCode.checkCharacter(first17);
		put("creditCode", code);
		LicenseChecks.apply(fields, issues, TODAY);
		assertThat(issues).extracting(ExtractionIssue::code).containsExactly("ORGANISATION_CODE_MISMATCH");
		assertThat(fields.get("creditCode").value()).isEqualTo(code);
		assertThat(fields.get("creditCode").confidence()).isLessThan(0.9);
	}

	@Test
	void anUnparseableCapitalIsAnIssue() {
		put("registeredCapital", "人民币壹仟万元整整整");
		LicenseChecks.apply(fields, issues, TODAY);
		assertThat(issues).extracting(ExtractionIssue::code).containsExactly("CAPITAL_UNPARSEABLE");
	}
}
