package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyTypesTests {

	@Test
	void completesAMissingOrMisreadClosingBracketWhenExactlyOneTypeFits() {
		assertThat(CompanyTypes.complete("有限责任公司（法人独资")).isEqualTo("有限责任公司（法人独资）");
		assertThat(CompanyTypes.complete("有限责任公司(自然人投资或控股]")).isEqualTo("有限责任公司(自然人投资或控股)");
		assertThat(CompanyTypes.complete("有限责任公司（法人独资)")).isEqualTo("有限责任公司（法人独资）");
	}

	@Test
	void leavesWhatNoKnownTypeFitsAsRead() {
		assertThat(CompanyTypes.complete("有限责任公司（法人")).isEqualTo("有限责任公司（法人");
		assertThat(CompanyTypes.complete("有限责任公司(BARA)")).isEqualTo("有限责任公司(BARA)");
		assertThat(CompanyTypes.isKnown("有限责任公司（法人独资）")).isTrue();
		assertThat(CompanyTypes.isKnown("有限责任公司（法人独资")).isFalse();
	}
}
