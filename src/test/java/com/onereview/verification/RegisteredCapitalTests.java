package com.onereview.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one capital parser and the derived values (verification's and the forms' cases, merged). */
class RegisteredCapitalTests {

	@ParameterizedTest
	@CsvSource({ "人民币壹仟万元整, 10000000.00, CNY", "伍佰万元整, 5000000.00, CNY", "人民币1000万元, 10000000.00, CNY",
			"10万元, 100000.00, CNY", "美元50万元, 500000.00, USD", "叁拾万元人民币, 300000.00, CNY",
			"壹亿贰仟万元整, 120000000.00, CNY", "一千五百万元, 15000000.00, CNY", "'1,000.5万元', 10005000.00, CNY",
			"人民币 捌拾捌万捌仟元整, 888000.00, CNY", "（人民币）伍拾万元, 500000.00, CNY", "港币200万元, 2000000.00, HKD",
			"500000元, 500000.00, CNY", "壹拾万元, 100000.00, CNY", "拾万元, 100000.00, CNY",
			"100.5万元, 1005000.00, CNY", "壹亿伍仟万元, 150000000.00, CNY", "人民币壹佰零伍万元整, 1050000.00, CNY",
			"拾万元整, 100000.00, CNY", "50万美元, 500000.00, USD", "美元伍拾万元整, 500000.00, USD",
			"'1,200万元', 12000000.00, CNY", "人民币600000万元整, 6000000000.00, CNY", "陆佰万圆整, 6000000.00, CNY",
			"美元50.0000万, 500000.00, USD", "100万英镑, 1000000.00, GBP" })
	void spellingsOfCapital(String text, String yuan, String currency) {
		RegisteredCapital capital = RegisteredCapital.parse(text).orElseThrow();
		assertThat(capital.amount()).isEqualTo(new BigDecimal(yuan));
		assertThat(capital.currency()).isEqualTo(currency);
	}

	@ParameterizedTest
	@CsvSource({ "CNY, 人民币", "USD, 美元", "HKD, 港元", "EUR, 欧元", "JPY, 日元", "GBP, 英镑" })
	void currencyNamesAsFormsPrintThem(String code, String name) {
		assertThat(new RegisteredCapital(BigDecimal.ONE, code).currencyName()).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "见章程", "", " ", "人民币壹仟万元整附", "万元", "人民币" })
	void notACapital(String text) {
		assertThat(RegisteredCapital.parse(text)).isEmpty();
		assertThat(RegisteredCapital.parse(null)).isEmpty();
	}

	@Test
	void derivedValuesOfALicense() {
		Map<String, String> derived = DerivedValues.of(Map.of("registeredCapital", "人民币壹仟万元整", "creditCode",
				"91130102MAT45B8NXB", "businessTermEnd", "长期"), LocalDate.of(2026, 11, 24));
		assertThat(derived).containsEntry("registeredCapitalYuan", "10000000.00")
			.containsEntry("registeredCapitalCurrency", "CNY")
			.containsEntry("registeredCapitalCurrencyName", "人民币")
			.containsEntry("regionCode", "130102")
			.containsEntry("proofDocumentType", "营业执照")
			.containsEntry("proofDocumentNumber", "91130102MAT45B8NXB")
			.containsEntry("proofDocumentExpiry", "长期")
			.containsEntry("today", "2026年11月24日")
			.containsEntry("openingDate", "2026年11月24日");
		assertThat(DerivedValues.NAMES).containsAll(derived.keySet());
	}

	@Test
	void aPartialCreditCodeGivesNoRegionAndNothingIsDerivedFromNothing() {
		assertThat(DerivedValues.of(Map.of("creditCode", "9113"), LocalDate.of(2026, 11, 24)))
			.doesNotContainKey("regionCode").containsEntry("proofDocumentNumber", "9113");
		Map<String, String> none = DerivedValues.of(Map.of("creditCode", " "), LocalDate.of(2026, 11, 24));
		assertThat(none.keySet()).containsOnly("today", "openingDate");
	}
}
