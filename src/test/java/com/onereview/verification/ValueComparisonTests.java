package com.onereview.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValueComparisonTests {

	@Test
	void textIsComparedAfterNfkcWithoutWhiteSpace() {
		assertThat(ValueComparison.same("companyName", "石家庄 盛天物流有限公司", "石家庄盛天物流有限公司")).isTrue();
		assertThat(ValueComparison.same("companyType", "有限责任公司(法人独资)", "有限责任公司（法人独资）")).isTrue();
		assertThat(ValueComparison.same("creditCode", "９１１３０１０２MAT45B8NXB", "91130102MAT45B8NXB")).isTrue();
		assertThat(ValueComparison.same("companyName", "石家庄盛天物流有限公司", "石家庄盛大物流有限公司")).isFalse();
	}

	@Test
	void datesAsIsoDates() {
		assertThat(ValueComparison.same("establishedDate", "2022年4月6日", "2022-04-06")).isTrue();
		assertThat(ValueComparison.same("voucherDate", "2022.04.06", "2022-04-06")).isTrue();
		assertThat(ValueComparison.same("establishedDate", "2022年4月7日", "2022-04-06")).isFalse();
	}

	@Test
	void amountsAsDecimalsAndAccountsAsDigits() {
		assertThat(ValueComparison.same("amount", "253,386.4", "253386.40")).isTrue();
		assertThat(ValueComparison.same("amount", "253386.41", "253386.40")).isFalse();
		assertThat(ValueComparison.same("payerAccount", "6222 0213 0001-234", "62220213000123 4")).isTrue();
		assertThat(ValueComparison.same("serialNumber", "No. 0012", "0012")).isTrue();
	}

	@Test
	void emptyMatchesOnlyEmpty() {
		assertThat(ValueComparison.same("address", null, " ")).isTrue();
		assertThat(ValueComparison.same("address", null, "x")).isFalse();
	}
}
