package com.onereview.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "壹仟肆佰零玖元伍角, 1409.50", "壹仟肆佰零玖元伍角整, 1409.50", "陆仟零柒元壹角肆分, 6007.14",
			"壹拾万柒仟元零伍角叁分, 107000.53", "壹拾万零柒仟元伍角叁分, 107000.53", "壹拾万柒仟元伍角叁分, 107000.53",
			"壹万陆仟肆佰零玖元零贰分, 16409.02", "叁佰元整, 300.00", "叁佰圆正, 300.00", "人民币叁佰元整, 300.00",
			"人民币（大写）贰拾伍万叁仟叁佰捌拾陆元叁角捌分, 253386.38", "壹仟陆佰捌拾元零叁角贰分, 1680.32",
			"壹仟陆佰捌拾元叁角贰分, 1680.32", "壹拾元整, 10.00", "伍角, 0.50", "伍角叁分, 0.53", "贰分, 0.02",
			"壹亿零柒元整, 100000007.00", "壹佰万零柒佰元整, 1000700.00", "壹佰万柒仟元整, 1007000.00",
			"壹佰万零柒仟元整, 1007000.00", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分, 999999999999.99",
			"壹万元整, 10000.00", "贰拾万零叁佰零伍元整, 200305.00", "陆仟零柒圆壹角肆分, 6007.14",
			"壹仟肆佰零玖圆伍角正, 1409.50", "壹佰元零伍分, 100.05", "壹拾万零柒仟元零伍角叁分, 107000.53", "伍角整, 0.50" })
	void readsEveryValidSpelling(String words, String amount) {
		assertThat(AmountInWords.parse(words)).contains(new BigDecimal(amount));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "壹仟肆佰零玖元伍角叁分整", "陆仟零零柒元壹角肆分", "陆仟柒元壹角肆分", "壹万陆仟肆佰零玖元贰分", "叁佰元",
			"拾元整", "叁佰元整整", "叁佰美元整", "", "元整", "壹亿柒元整", "壹佰万柒佰元整", "壹拾万零零柒仟元伍角叁分",
			"壹仟肆佰零玖", "伍角伍角", "壹仟壹仟元整", "壹佰元伍分", "壹佰零伍分", "陆仟零柒元壹角肆分正" })
	void rejectsWhatThePaymentRulesDoNotAllow(String words) {
		assertThat(AmountInWords.parse(words)).isEmpty();
	}

	@Test
	void formatsCanonicallyAndEverySpellingReadsBack() {
		assertThat(AmountInWords.format(new BigDecimal("253386.38"))).isEqualTo("贰拾伍万叁仟叁佰捌拾陆元叁角捌分");
		assertThat(AmountInWords.format(new BigDecimal("1409.5"))).isEqualTo("壹仟肆佰零玖元伍角");
		assertThat(AmountInWords.format(new BigDecimal("300"))).isEqualTo("叁佰元整");
		assertThat(AmountInWords.format(new BigDecimal("16409.02"))).isEqualTo("壹万陆仟肆佰零玖元零贰分");
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 2000; i++) {
			BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * 99_999_999_999L), 2);
			for (String spelling : AmountInWords.spellings(amount)) {
				assertThat(AmountInWords.parse(spelling)).as(spelling).contains(amount);
			}
		}
	}
}
