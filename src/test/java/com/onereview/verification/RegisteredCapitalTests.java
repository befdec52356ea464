package com.onereview.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegisteredCapitalTests {

	@ParameterizedTest
	@CsvSource({ "人民币壹仟万元整, 10000000.00, CNY", "伍佰万元整, 5000000.00, CNY", "人民币1000万元, 10000000.00, CNY",
			"10万元, 100000.00, CNY", "美元50万元, 500000.00, USD", "叁拾万元人民币, 300000.00, CNY",
			"壹亿贰仟万元整, 120000000.00, CNY", "一千五百万元, 15000000.00, CNY", "'1,000.5万元', 10005000.00, CNY",
			"人民币 捌拾捌万捌仟元整, 888000.00, CNY", "（人民币）伍拾万元, 500000.00, CNY", "港币200万元, 2000000.00, HKD",
			"500000元, 500000.00, CNY", "壹拾万元, 100000.00, CNY", "拾万元, 100000.00, CNY" })
	void spellingsOfCapital(String text, String yuan, String currency) {
		RegisteredCapital capital = RegisteredCapital.parse(text).orElseThrow();
		assertThat(capital.amount()).isEqualTo(new BigDecimal(yuan));
		assertThat(capital.currency()).isEqualTo(currency);
	}

	@Test
	void notACapital() {
		assertThat(RegisteredCapital.parse("见章程")).isEmpty();
		assertThat(RegisteredCapital.parse("")).isEmpty();
		assertThat(RegisteredCapital.parse(null)).isEmpty();
	}

	@Test
	void derivedValuesOfALicense() {
		Map<String, String> derived = DerivedValues.of(Map.of("registeredCapital", "人民币壹仟万元整", "creditCode",
				"91130102MAT45B8NXB", "businessTermEnd", "长期"), LocalDate.of(2026, 11, 24));
		assertThat(derived).containsEntry("registeredCapitalYuan", "10000000.00")
			.containsEntry("registeredCapitalCurrency", "CNY")
			.containsEntry("regionCode", "130102")
			.containsEntry("proofDocumentType", "营业执照")
			.containsEntry("proofDocumentNumber", "91130102MAT45B8NXB")
			.containsEntry("proofDocumentExpiry", "长期")
			.containsEntry("openingDate", "2026年11月24日");
	}
}
