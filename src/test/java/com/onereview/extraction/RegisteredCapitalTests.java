package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RegisteredCapitalTests {

	@Test
	void parsesTheShapesLicensesPrintIntoYuan() {
		assertThat(RegisteredCapital.parse("人民币壹仟万元整")).contains(new RegisteredCapital(new BigDecimal("1E+7"), "CNY"));
		assertThat(RegisteredCapital.parse("伍佰万元整").get().amount()).isEqualByComparingTo("5000000");
		assertThat(RegisteredCapital.parse("人民币1000万元").get().amount()).isEqualByComparingTo("10000000");
		assertThat(RegisteredCapital.parse("陆佰万圆整").get().amount()).isEqualByComparingTo("6000000");
		RegisteredCapital dollars = RegisteredCapital.parse("美元50.0000万").orElseThrow();
		assertThat(dollars.amount()).isEqualByComparingTo("500000");
		assertThat(dollars.currency()).isEqualTo("USD");
	}

	@Test
	void rejectsWhatIsNoAmount() {
		assertThat(RegisteredCapital.parse("人民币壹仟万元整整整")).isEmpty();
		assertThat(RegisteredCapital.parse("人民币壹拾佰万元整")).isEmpty();
		assertThat(RegisteredCapital.parse("有限责任公司")).isEmpty();
		assertThat(RegisteredCapital.parse(null)).isEmpty();
	}
}
