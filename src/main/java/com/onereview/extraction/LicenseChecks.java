package com.onereview.extraction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks across a license's fields once they are read: the organisation code inside the credit code, the order of
 * its dates, a capital that parses. A failed check is an issue for the verifier and caps the fields' confidence,
 * since one of them must be misread (or the document is not what it seems).
 */
final class LicenseChecks {

	private static final double CAP = 0.6;

	private LicenseChecks() {
	}

	static void apply(Map<String, ExtractedField> fields, List<ExtractionIssue> issues, LocalDate today) {
		organisationCode(fields, issues);
		dateOrder(fields, issues, today);
		capital(fields, issues);
	}

	private static void organisationCode(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		String code = value(fields, "creditCode");
		if (code != null && CreditCode.isValid(code) && !CreditCode.organisationCodeValid(code)) {
			issues.add(new ExtractionIssue("creditCode", "ORGANISATION_CODE_MISMATCH",
					"characters 9-17 fail the organisation-code check (GB 11714); early pilot codes do, misreadings too"));
			cap(fields, "creditCode", 0.85);
		}
	}

	private static void dateOrder(Map<String, ExtractedField> fields, List<ExtractionIssue> issues, LocalDate today) {
		Optional<LocalDate> established = date(fields, "establishedDate");
		Optional<LocalDate> registered = date(fields, "registrationDate");
		Optional<LocalDate> start = date(fields, "businessTermStart");
		if (established.isPresent() && registered.isPresent() && registered.get().isBefore(established.get())) {
			issue(fields, issues, "registrationDate", "DATE_ORDER", "registration date is before the established date");
			cap(fields, "establishedDate", CAP);
		}
		for (String key : List.of("establishedDate", "registrationDate", "businessTermStart")) {
			if (date(fields, key).filter(d -> d.isAfter(today)).isPresent()) {
				issue(fields, issues, key, "DATE_IN_FUTURE", key + " is after today");
			}
		}
		if (established.isPresent() && start.isPresent() && !established.equals(start)) {
			issue(fields, issues, "businessTermStart", "TERM_START_MISMATCH", "the term should start on the established date");
			cap(fields, "establishedDate", CAP);
		}
		Optional<LocalDate> end = date(fields, "businessTermEnd");
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			issue(fields, issues, "businessTermEnd", "DATE_ORDER", "the term ends before it starts");
		}
	}

	private static void capital(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		String capital = value(fields, "registeredCapital");
		if (capital != null && RegisteredCapital.parse(capital).isEmpty()) {
			issue(fields, issues, "registeredCapital", "CAPITAL_UNPARSEABLE", "cannot read an amount and currency in: " + capital);
		}
	}

	private static void issue(Map<String, ExtractedField> fields, List<ExtractionIssue> issues, String key, String code,
			String message) {
		issues.add(new ExtractionIssue(key, code, message));
		cap(fields, key, CAP);
	}

	private static void cap(Map<String, ExtractedField> fields, String key, double cap) {
		ExtractedField f = fields.get(key);
		if (f != null && f.value() != null && f.confidence() > cap) {
			fields.put(key, new ExtractedField(f.value(), cap, f.source(), f.box()));
		}
	}

	private static String value(Map<String, ExtractedField> fields, String key) {
		ExtractedField f = fields.get(key);
		return f == null ? null : f.value();
	}

	private static Optional<LocalDate> date(Map<String, ExtractedField> fields, String key) {
		try {
			String v = value(fields, key);
			return v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.empty() : Optional.of(LocalDate.parse(v));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
