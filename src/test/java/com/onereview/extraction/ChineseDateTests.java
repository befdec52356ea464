package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChineseDateTests {

	@Test
	void readsChineseDatesWithOrWithoutLeadingZeros() {
		assertThat(ChineseDate.parse("2019年01月01日")).contains(LocalDate.of(2019, 1, 1));
		assertThat(ChineseDate.parse("2019年1月1日")).contains(LocalDate.of(2019, 1, 1));
		assertThat(ChineseDate.parse("２０１９年１２月３１日")).contains(LocalDate.of(2019, 12, 31));
		assertThat(ChineseDate.parse("2019 年 07 月 03 日")).contains(LocalDate.of(2019, 7, 3));
	}

	@Test
	void rejectsImpossibleDatesAndNoise() {
		assertThat(ChineseDate.parse("2019年02月30日")).isEmpty();
		assertThat(ChineseDate.parse("200年077月29日")).isEmpty();
		assertThat(ChineseDate.parse("长期")).isEmpty();
	}

	@Test
	void readsBusinessTerms() {
		assertThat(BusinessTerm.parse("2017年01月04日至长期"))
			.contains(new BusinessTerm(LocalDate.of(2017, 1, 4), null, true));
		assertThat(BusinessTerm.parse("长期")).contains(new BusinessTerm(null, null, true));
		assertThat(BusinessTerm.parse("2010年09月02日至不约定期限").orElseThrow().endValue()).isEqualTo("长期");
		BusinessTerm t = BusinessTerm.parse("2010年09月02日至2020年09月01日").orElseThrow();
		assertThat(t.start()).isEqualTo(LocalDate.of(2010, 9, 2));
		assertThat(t.endValue()).isEqualTo("2020-09-01");
		assertThat(BusinessTerm.parse("2020年09月02日至2010年09月01日")).isEmpty();
	}
}
