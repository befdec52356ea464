package com.onereview.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	// 2026-10-01..07 National Day holidays (Thursday to Wednesday)
	private final WorkingCalendar calendar = new WorkingCalendar(List.of(LocalDate.of(2026, 10, 1),
			LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));

	private final SlaPolicy policy = new SlaPolicy(calendar, SHANGHAI, LocalTime.of(17, 0), 5, Duration.ofHours(4));

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue(); // Tuesday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 6))).isFalse(); // holiday
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 24), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void basicAccountsAreDueTheSameDayByTheCutOff() {
		assertThat(policy.deadline(AccountKind.BASIC, at("2026-11-24T09:30"))).isEqualTo(at("2026-11-24T17:00"));
		assertThat(policy.deadline(AccountKind.TEMPORARY, at("2026-11-24T17:00"))).isEqualTo(at("2026-11-24T17:00"));
	}

	@Test
	void afterTheCutOffOrOnADayOffTheNextWorkingDaysCutOff() {
		assertThat(policy.deadline(AccountKind.BASIC, at("2026-11-24T17:01"))).isEqualTo(at("2026-11-25T17:00"));
		assertThat(policy.deadline(AccountKind.BASIC, at("2026-11-27T18:00"))).isEqualTo(at("2026-11-30T17:00"));
		assertThat(policy.deadline(AccountKind.BASIC, at("2026-11-28T10:00"))).isEqualTo(at("2026-11-30T17:00"));
		assertThat(policy.deadline(AccountKind.BASIC, at("2026-09-30T20:00"))).isEqualTo(at("2026-10-08T17:00"));
	}

	@Test
	void generalAndSpecialAccountsHaveFiveWorkingDays() {
		assertThat(policy.deadline(AccountKind.GENERAL, at("2026-11-24T10:00"))).isEqualTo(at("2026-12-01T17:00"));
		// across the holidays: Tue 29 Sep → 30 Sep, 8, 9, 12, 13 Oct (Sat 10 and Sun 11 off)
		assertThat(policy.deadline(AccountKind.SPECIAL, at("2026-09-29T10:00"))).isEqualTo(at("2026-10-13T17:00"));
	}

	@Test
	void withoutAnAccountKindTheDefaultTime() {
		assertThat(policy.deadline(null, at("2026-11-24T16:00"))).isEqualTo(at("2026-11-24T20:00"));
	}

	/** Wall time in Shanghai. */
	private static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}
}
