package com.onereview.forms;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerivationsTests {

	private final Derivations derivations = new Derivations(FormFixtures.CLOCK);

	@ParameterizedTest
	@CsvSource({
			"人民币壹仟万元整, 人民币, 10000000.00",
			"伍佰万元整, 人民币, 5000000.00",
			"人民币1000万元, 人民币, 10000000.00",
			"100.5万元, 人民币, 1005000.00",
			"10万元, 人民币, 100000.00",
			"壹亿伍仟万元, 人民币, 150000000.00",
			"人民币壹佰零伍万元整, 人民币, 1050000.00",
			"拾万元整, 人民币, 100000.00",
			"50万美元, 美元, 500000.00",
			"美元伍拾万元整, 美元, 500000.00",
			"港币200万元, 港元, 2000000.00",
			"'1,200万元', 人民币, 12000000.00" })
	void registeredCapitalInYuan(String printed, String currency, String yuan) {
		FormData data = new FormData(Map.of("registeredCapital", printed), Map.of());
		assertThat(derivations.apply("registeredCapitalYuan", data)).contains(yuan);
		assertThat(derivations.apply("registeredCapitalCurrency", data)).contains(currency);
	}

	@ParameterizedTest
	@CsvSource({ "见章程", "人民币壹仟万元整附", "万元", "人民币" })
	void aCapitalThatCannotBeReadIsLeftEmpty(String printed) {
		FormData data = new FormData(Map.of("registeredCapital", printed), Map.of());
		assertThat(derivations.apply("registeredCapitalYuan", data)).isEmpty();
	}

	@Test
	void regionCodeIsCharactersThreeToEightOfTheCreditCode() {
		FormData data = new FormData(Map.of("creditCode", "91130102MAT45B8NXB"), Map.of());
		assertThat(derivations.apply("regionCode", data)).contains("130102");
		assertThat(derivations.apply("regionCode", new FormData(Map.of("creditCode", "9113"), Map.of()))).isEmpty();
	}

	@Test
	void proofDocumentIsTheLicenseAndNothingWithoutOne() {
		FormData license = new FormData(Map.of("creditCode", "91130102MAT45B8NXB", "businessTermEnd", "长期"), Map.of());
		assertThat(derivations.apply("proofDocumentType", license)).contains("营业执照");
		assertThat(derivations.apply("proofDocumentNumber", license)).contains("91130102MAT45B8NXB");
		assertThat(derivations.apply("proofDocumentExpiry", license)).contains("长期");
		FormData none = new FormData(Map.of(), Map.of());
		for (String name : Derivations.NAMES) {
			if (!name.equals("today") && !name.equals("openingDate")) {
				assertThat(derivations.apply(name, none)).as(name).isEmpty();
			}
		}
	}

	@Test
	void todayIsTheBanksDateInTheFormsFormat() {
		assertThat(derivations.apply("today", new FormData(Map.of(), Map.of()))).contains("2026年11月24日");
	}
}
