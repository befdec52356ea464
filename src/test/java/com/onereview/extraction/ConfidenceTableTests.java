package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConfidenceTableTests {

	private static void add(List<ConfidenceTable.Observation> obs, String key, double raw, int right, int wrong) {
		for (int i = 0; i < right; i++) {
			obs.add(new ConfidenceTable.Observation(key, raw, true));
		}
		for (int i = 0; i < wrong; i++) {
			obs.add(new ConfidenceTable.Observation(key, raw, false));
		}
	}

	@Test
	void aScoreReachesPointNineOnlyWhereEnoughReadingsWereRight() {
		List<ConfidenceTable.Observation> obs = new ArrayList<>();
		add(obs, "address", 0.75, 60, 20); // overconfident: 75% observed
		add(obs, "address", 0.88, 300, 1);
		add(obs, "companyName", 0.93, 10, 0); // too few to vouch for 0.9
		ConfidenceTable table = ConfidenceTable.fit(obs);
		assertThat(table.calibrate("businessScope", 0.75)).isLessThan(0.75);
		assertThat(table.calibrate("address", 0.88)).isGreaterThan(0.9);
		assertThat(table.calibrate("companyName", 0.93)).isLessThan(0.9);
		assertThat(table.calibrate("address", 0)).isZero();
	}

	@Test
	void theMapIsMonotoneEvenWhereTheObservationsAreNot() {
		List<ConfidenceTable.Observation> obs = new ArrayList<>();
		add(obs, "establishedDate", 0.65, 90, 10);
		add(obs, "establishedDate", 0.72, 70, 30);
		add(obs, "establishedDate", 0.95, 400, 0);
		ConfidenceTable table = ConfidenceTable.fit(obs);
		assertThat(table.calibrate("registrationDate", 0.72)).isGreaterThanOrEqualTo(table.calibrate("registrationDate", 0.65));
		assertThat(table.calibrate("registrationDate", 0.96)).isGreaterThanOrEqualTo(table.calibrate("registrationDate", 0.72));
	}

	@Test
	void theTableSurvivesItsTsv() {
		List<ConfidenceTable.Observation> obs = new ArrayList<>();
		add(obs, "creditCode", 0.97, 200, 0);
		add(obs, "creditCode", 0.6, 5, 5);
		ConfidenceTable table = ConfidenceTable.fit(obs);
		ConfidenceTable again = ConfidenceTable.parse(table.toTsv("test"));
		assertThat(again.calibrate("creditCode", 0.97)).isEqualTo(Math.round(table.calibrate("creditCode", 0.97) * 1000) / 1000.0);
		assertThat(again.calibrate("creditCode", 0.6)).isLessThan(0.6);
	}

	@Test
	void theCommittedTableCoversEveryGroup() {
		ConfidenceTable table = ConfidenceTable.load();
		assertThat(table.groups()).contains("code", "date", "short-text", "long-text", "authority", "amount", "digits",
				"voucher-text");
	}

	@Test
	void aRefitOfSomeGroupsKeepsTheOthersAsFitted() {
		List<ConfidenceTable.Observation> vouchers = new ArrayList<>();
		add(vouchers, "amount", 0.97, 400, 0);
		add(vouchers, "address", 0.88, 400, 0);
		List<ConfidenceTable.Observation> real = new ArrayList<>();
		add(real, "address", 0.88, 30, 10); // real licences: the same raw score is right far less often
		ConfidenceTable merged = ConfidenceTable.fit(vouchers).overriddenBy(ConfidenceTable.fit(real));
		assertThat(merged.calibrate("amount", 0.97)).isGreaterThan(0.95);
		assertThat(merged.calibrate("address", 0.88)).isLessThan(0.75);
		assertThat(merged.calibrate("registrationNumber", 0.97)).isLessThanOrEqualTo(0.85); // no code group seen
	}
}
