package com.onereview.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The deadline a case must be decided by, set when it is submitted: BASIC and TEMPORARY accounts the same
 * working day by the cut-off (the next working day's cut-off when submitted after it or on a day off),
 * GENERAL and SPECIAL within a number of working days (by that day's cut-off), anything else within a
 * fixed time.
 */
public final class SlaPolicy {

	private final WorkingCalendar calendar;

	private final ZoneId zone;

	private final LocalTime cutoff;

	private final int workingDays;

	private final Duration defaultSla;

	public SlaPolicy(WorkingCalendar calendar, ZoneId zone, LocalTime cutoff, int workingDays, Duration defaultSla) {
		this.calendar = calendar;
		this.zone = zone;
		this.cutoff = cutoff;
		this.workingDays = workingDays;
		this.defaultSla = defaultSla;
	}

	/** The deadline for a case of this account kind ({@code null}: no account kind) submitted at that instant. */
	public Instant deadline(AccountKind kind, Instant submittedAt) {
		if (kind == null) {
			return submittedAt.plus(defaultSla);
		}
		ZonedDateTime local = submittedAt.atZone(zone);
		LocalDate day = local.toLocalDate();
		return switch (kind) {
			case BASIC, TEMPORARY -> {
				boolean today = calendar.isWorkingDay(day) && !local.toLocalTime().isAfter(cutoff);
				yield cutoffOn(today ? day : calendar.nextWorkingDay(day));
			}
			case GENERAL, SPECIAL -> cutoffOn(calendar.plusWorkingDays(day, workingDays));
		};
	}

	/** The bank's time zone, in which deadlines are set and shown. */
	public ZoneId zone() {
		return zone;
	}

	private Instant cutoffOn(LocalDate day) {
		return day.atTime(cutoff).atZone(zone).toInstant();
	}
}
