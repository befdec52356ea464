package com.onereview.metrics.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarChartTests {

	@Test
	void verticalBarsScaleToTheLargestAndNegativesHangBelowTheZeroLine() {
		BarChart chart = BarChart.vertical(List.of("a", "b", "c"), List.of(2.0, 1.0, -1.0), List.of("2", "1", "-1"),
				324, 224);
		// plot 176 px high for a span of 3: zero line at 24 + 176 * 2/3
		assertThat(chart.zeroLine()).isCloseTo(24 + 176 * 2 / 3.0, within(1e-9));
		assertThat(chart.bars().get(0).h()).isCloseTo(2 * chart.bars().get(1).h(), within(1e-9));
		assertThat(chart.bars().get(0).y() + chart.bars().get(0).h()).isCloseTo(chart.zeroLine(), within(1e-9));
		assertThat(chart.bars().get(2).negative()).isTrue();
		assertThat(chart.bars().get(2).y()).isCloseTo(chart.zeroLine(), within(1e-9));
	}

	@Test
	void horizontalBarsOfNothingHaveNoLength() {
		BarChart chart = BarChart.horizontal(List.of("x", "y"), List.of(0.0, 0.0), List.of("0%", "0%"), 620, 22);
		assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.w()).isZero());
		assertThat(chart.height()).isEqualTo(12 + 2 * 22);
	}

	@Test
	void percentagesRoundHalfUpInDecimal() {
		Figures fmt = new Figures();
		assertThat(fmt.percent(0.4545)).isEqualTo("45.5%");
		assertThat(fmt.percent(0.2143)).isEqualTo("21.4%");
		assertThat(fmt.fixed(-14.1645, 2)).isEqualTo("-14.16");
		assertThat(fmt.fixed(240.0, 0)).isEqualTo("240");
	}
}
