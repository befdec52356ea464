package com.onereview.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.extraction.ResidentIdNumber;

/** The teller's inputs (the fields no document holds): their keys, checks, and how they are logged. */
public final class TellerInputs {

	/** Every input key, in form order. */
	public static final List<String> KEYS = List.of("accountKind", "phone", "postcode", "depositorCategory",
			"industryCode", "legalRepIdType", "legalRepIdNumber", "controllingShareholder", "bankCode", "bankName",
			"accountNumber");

	private static final Set<String> MASKED = Set.of("legalRepIdNumber");

	private TellerInputs() {
	}

	/** What is wrong with the inputs; empty when they may be stored. Blank values clear an input. */
	public static List<ExtractionIssue> check(Map<String, String> inputs) {
		List<ExtractionIssue> issues = new ArrayList<>();
		inputs.forEach((key, raw) -> {
			String value = raw == null ? "" : raw.strip();
			if (!KEYS.contains(key)) {
				issues.add(new ExtractionIssue(key, "UNKNOWN_INPUT", "no such input: " + key));
			}
			else if (!value.isEmpty()) {
				String problem = problem(key, value);
				if (problem != null) {
					issues.add(new ExtractionIssue(key, problem, message(key, problem)));
				}
			}
		});
		return issues;
	}

	private static String problem(String key, String value) {
		return switch (key) {
			case "accountKind" -> Set.of("BASIC", "GENERAL", "SPECIAL", "TEMPORARY").contains(value) ? null
					: "UNKNOWN_ACCOUNT_KIND";
			case "phone" -> value.matches("[0-9][0-9-]{4,19}") ? null : "INVALID_PHONE";
			case "postcode" -> value.matches("\\d{6}") ? null : "INVALID_POSTCODE";
			case "legalRepIdNumber" -> ResidentIdNumber.problem(value);
			case "bankCode" -> value.matches("\\d{12}") ? null : "INVALID_BANK_CODE";
			case "accountNumber" -> value.matches("\\d{6,32}") ? null : "NOT_DIGITS";
			default -> null;
		};
	}

	private static String message(String key, String problem) {
		return switch (problem) {
			case "INVALID_POSTCODE" -> "a postcode has 6 digits";
			case "CHECKSUM_MISMATCH" -> "the ID number's check character does not match (GB 11643)";
			case "BAD_BIRTH_DATE" -> "the ID number holds no valid birth date";
			case "MALFORMED" -> "an ID number has 17 digits and a digit or X";
			case "UNKNOWN_ACCOUNT_KIND" -> "account kind is one of BASIC, GENERAL, SPECIAL, TEMPORARY";
			case "INVALID_BANK_CODE" -> "a bank code has 12 digits";
			default -> key + " is not valid";
		};
	}

	/** The inputs as they may be logged: ID numbers masked. */
	public static Map<String, String> forLog(Map<String, String> inputs) {
		Map<String, String> masked = new LinkedHashMap<>();
		inputs.forEach((key, value) -> masked.put(key, MASKED.contains(key) ? ResidentIdNumber.mask(value) : value));
		return masked;
	}

	/** One input value as it may be logged. */
	public static String forLog(String key, String value) {
		return MASKED.contains(key) ? ResidentIdNumber.mask(value) : value;
	}
}
