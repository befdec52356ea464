package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoucherLabelTests {

	@Test
	void aFormLabelReadIntoTheFrontOfAValueIsLeftOut() {
		assertThat(VoucherReading.withoutLabel("用途运输费")).isEqualTo("运输费");
		assertThat(VoucherReading.withoutLabel("汇入行名称河北银行北京高新区支行")).isEqualTo("河北银行北京高新区支行");
		assertThat(VoucherReading.withoutLabel("全称隆辉建筑工程有限公司")).isEqualTo("隆辉建筑工程有限公司");
	}

	@Test
	void valuesWithoutALabelAndALabelAloneStayAsRead() {
		assertThat(VoucherReading.withoutLabel("运输费")).isEqualTo("运输费");
		assertThat(VoucherReading.withoutLabel("用途")).isEqualTo("用途");
		assertThat(VoucherReading.withoutLabel(null)).isNull();
	}
}
