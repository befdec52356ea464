package com.onereview.verification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Verification settings.
 * @param lease how long a claim lasts without activity
 * @param leaseSweepInterval how often expired claims are returned to the queue
 * @param confidenceThreshold machine readings below it need a blind re-key
 * @param zone the bank's time zone, for SLA cut-offs
 * @param cutoff the daily cut-off for same-day accounts (BASIC, TEMPORARY)
 * @param workingDaysSla working days allowed for GENERAL and SPECIAL accounts
 * @param defaultSla time allowed for cases without an account kind (vouchers, API uploads)
 * @param holidays non-working weekdays
 * @param returnReasons reason codes a case may be returned with (labels: {@code reason.<code>} in messages)
 * @param rejectReasons reason codes a case may be rejected with
 * @param maxActivityPerCall largest active time one activity report may add; larger reports are ignored
 * @param bankCode default 开户银行机构代码 for new cases
 * @param bankName default 开户银行名称 for new cases
 */
@Validated
@ConfigurationProperties("onereview.verification")
record VerificationProperties(@NotNull Duration lease, @NotNull Duration leaseSweepInterval,
		@DecimalMin("0") @DecimalMax("1") double confidenceThreshold, @NotNull ZoneId zone, @NotNull LocalTime cutoff,
		int workingDaysSla, @NotNull Duration defaultSla, List<LocalDate> holidays, @NotEmpty List<String> returnReasons,
		@NotEmpty List<String> rejectReasons, @NotNull Duration maxActivityPerCall, String bankCode, String bankName) {

	VerificationProperties {
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
	}
}
