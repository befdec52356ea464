package com.onereview.verification.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Times on the case screens are the bank's (deadlines are set in its zone), not the server's: every page of this
 * package gets the zone as {@code zone} for its {@code #temporals.format(instant.atZone(zone), …)}. Read from the
 * same setting as the SLA policy's, so that the advice also stands in web slices without the verification beans.
 */
@ControllerAdvice(basePackageClasses = BankZone.class)
class BankZone {

	private final ZoneId zone;

	BankZone(@Value("${onereview.verification.zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return zone;
	}
}
