package com.onereview.metrics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RobustStatisticsTests {

	@Test
	void medianOfOddAndEvenCounts() {
		assertThat(RobustStatistics.median(List.of(5, 1, 3))).isEqualTo(3.0);
		assertThat(RobustStatistics.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
		assertThat(RobustStatistics.median(List.of())).isNaN();
	}

	@Test
	void oneExtremeMemberStandsOutAgainstMedianAndMad() {
		// median 250, deviations 10 10 0 20 210 → MAD 10
		double[] z = RobustStatistics.zScores(List.of(240.0, 260.0, 250.0, 270.0, 40.0));
		assertThat(z[0]).isCloseTo(-0.6745, within(1e-9));
		assertThat(z[3]).isCloseTo(1.349, within(1e-9));
		assertThat(z[4]).isCloseTo(-14.1645, within(1e-9));
	}

	@Test
	void meanDeviationStandsInWhenMostAreAlike() {
		// median 0 and MAD 0; mean absolute deviation 2/15
		double[] z = RobustStatistics.zScores(List.of(1 / 3.0, 0.0, 0.0, 1 / 3.0, 0.0));
		assertThat(z[0]).isCloseTo((1 / 3.0) / (1.2533 * 2 / 15.0), within(1e-9));
		assertThat(z[1]).isZero();
	}

	@Test
	void aTeamAllAlikeHasNoOutlier() {
		assertThat(RobustStatistics.zScores(List.of(7.0, 7.0, 7.0))).containsExactly(0, 0, 0);
	}
}
