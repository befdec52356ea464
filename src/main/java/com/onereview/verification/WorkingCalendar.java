package com.onereview.verification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Working days: Monday to Friday, except the configured holidays. */
public final class WorkingCalendar {

	private final Set<LocalDate> holidays;

	public WorkingCalendar(Collection<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The first working day after {@code day}. */
	public LocalDate nextWorkingDay(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The {@code n}th working day after {@code day} ({@code n} ≥ 1); {@code day} itself does not count. */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		LocalDate result = day;
		for (int i = 0; i < n; i++) {
			result = nextWorkingDay(result);
		}
		return result;
	}
}
