package com.onereview.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.extraction.DocumentResult;
import com.onereview.extraction.DocumentType;
import com.onereview.extraction.ExtractedField;
import com.onereview.extraction.ExtractionIssue;
import com.onereview.extraction.FieldSource;
import com.onereview.ocr.Box;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field-by-field cross-check, over a registry answering from a table. */
class RegistryCrossCheckTests {

	private static final String CODE = "91130102MAT45B8NXB";

	private final List<String> asked = new ArrayList<>();

	@Test
	void agreementRaisesConfidenceAndARegistryOnlyFieldIsFilledFromTheRegistry() {
		DocumentResult read = license(Map.of("creditCode", field(CODE, 0.95), "companyName", field("石家庄盛天物流有限公司", 0.8),
				"registrationAuthority", new ExtractedField(null, 0, FieldSource.OCR, null)));

		DocumentResult checked = check(read, found(Map.of("creditCode", CODE, "companyName", "石家庄盛天物流有限公司",
				"registrationAuthority", "石家庄市长安区市场监督管理局")));

		assertThat(checked.fields().get("companyName").confidence()).isEqualTo(RegistryCrossCheck.AGREED);
		assertThat(checked.fields().get("companyName").box()).isNotNull();
		ExtractedField authority = checked.fields().get("registrationAuthority");
		assertThat(authority.value()).isEqualTo("石家庄市长安区市场监督管理局");
		assertThat(authority.source()).isEqualTo(FieldSource.REGISTRY);
		assertThat(checked.issues()).isEmpty();
		assertThat(asked).containsExactly("code:" + CODE);
	}

	@Test
	void comparisonIgnoresWhiteSpaceAndFullWidthForms() {
		assertThat(RegistryCrossCheck.same("有限责任公司（法人独资）", "有限责任公司(法人独资)")).isTrue();
		assertThat(RegistryCrossCheck.same("河北省 石家庄市", "河北省石家庄市")).isTrue();
		assertThat(RegistryCrossCheck.same("吴凯", "吴恺")).isFalse();
	}

	@Test
	void disagreementCapsConfidenceAndShowsTheRegistryValue() {
		DocumentResult read = license(Map.of("creditCode", field(CODE, 0.95), "legalRepresentative", field("吴恺", 0.97)));

		DocumentResult checked = check(read, found(Map.of("creditCode", CODE, "legalRepresentative", "吴凯")));

		assertThat(checked.fields().get("legalRepresentative").value()).isEqualTo("吴恺");
		assertThat(checked.fields().get("legalRepresentative").confidence()).isEqualTo(RegistryCrossCheck.DISAGREED);
		assertThat(checked.issues()).extracting(ExtractionIssue::field, ExtractionIssue::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("legalRepresentative", "REGISTRY_MISMATCH"));
		assertThat(checked.issues().get(0).message()).contains("吴凯");
	}

	@Test
	void anUnknownCreditCodeIsARedFlag() {
		DocumentResult checked = check(license(Map.of("creditCode", field(CODE, 0.99))), RegistryLookup.notFound());

		assertThat(checked.fields().get("creditCode").confidence()).isLessThan(0.9);
		assertThat(checked.issues()).extracting(ExtractionIssue::code).containsExactly("REGISTRY_UNKNOWN");
	}

	@Test
	void anUnavailableRegistryChangesNoValueAndFlagsTheDocument() {
		DocumentResult read = license(Map.of("creditCode", field(CODE, 0.95)));

		DocumentResult checked = check(read, RegistryLookup.unavailable("TIMEOUT"));

		assertThat(checked.fields()).isEqualTo(read.fields());
		assertThat(checked.issues()).extracting(ExtractionIssue::code).containsExactly("REGISTRY_UNAVAILABLE");
		assertThat(checked.issues().get(0).message()).contains("TIMEOUT");
	}

	@Test
	void aCreditCodeFailingItsCheckIsNotUsedForTheLookupTheNameIs() {
		DocumentResult read = new DocumentResult("x.png", DocumentType.BUSINESS_LICENSE, 1,
				Map.of("creditCode", field("91130102MAT45B8NX8", 0.4), "companyName", field("石家庄盛天物流有限公司", 0.9)),
				List.of(new ExtractionIssue("creditCode", "CHECKSUM_MISMATCH", "check character should be B")), null);

		DocumentResult checked = check(read, found(Map.of("creditCode", CODE, "companyName", "石家庄盛天物流有限公司")));

		assertThat(asked).containsExactly("name:石家庄盛天物流有限公司");
		assertThat(checked.issues()).extracting(ExtractionIssue::code).contains("REGISTRY_MISMATCH");
	}

	@Test
	void vouchersAndOffAreLeftAlone() {
		DocumentResult voucher = new DocumentResult("v.png", DocumentType.BANK_VOUCHER, 1,
				Map.of("amount", field("1.00", 0.9)), List.of(), null);
		assertThat(check(voucher, RegistryLookup.notFound())).isSameAs(voucher);
		DocumentResult read = license(Map.of("creditCode", field(CODE, 0.95)));
		assertThat(RegistryCrossCheck.off().check(read)).isSameAs(read);
		assertThat(asked).isEmpty();
	}

	private DocumentResult check(DocumentResult read, RegistryLookup answer) {
		RegistryClient table = new RegistryClient() {
			@Override
			public RegistryLookup byCreditCode(String creditCode) {
				asked.add("code:" + creditCode);
				return answer;
			}

			@Override
			public RegistryLookup byName(String companyName) {
				asked.add("name:" + companyName);
				return answer;
			}
		};
		return new RegistryCrossCheck(table).check(read);
	}

	private static RegistryLookup found(Map<String, String> fields) {
		return RegistryLookup.found(fields);
	}

	private static DocumentResult license(Map<String, ExtractedField> fields) {
		return new DocumentResult("license.png", DocumentType.BUSINESS_LICENSE, 1, new LinkedHashMap<>(fields), List.of(),
				null);
	}

	private static ExtractedField field(String value, double confidence) {
		return new ExtractedField(value, confidence, FieldSource.OCR, new Box(1, 10, 10, 100, 20));
	}
}
