package com.onereview.verification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.onereview.extraction.AmountInWords;
import com.onereview.extraction.CreditCode;
import com.onereview.extraction.ExtractionIssue;

/** Checks a value a verifier typed with the validators extraction uses, and puts it in CONTRACT.md form. */
final class FieldChecks {

	private FieldChecks() {
	}

	/** The value as stored: dates ISO, digit strings digits only, amounts with two places; else as typed, trimmed. */
	static String normalize(String key, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String canonical = ValueComparison.canonical(key, value);
		if (ValueComparison.DATES.contains(key) || ValueComparison.DIGITS.contains(key)) {
			return canonical;
		}
		if (key.equals("creditCode")) {
			return CreditCode.clean(value);
		}
		if (ValueComparison.AMOUNTS.contains(key)) {
			try {
				return new BigDecimal(canonical).setScale(2).toPlainString();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				return canonical;
			}
		}
		return value.strip();
	}

	/** What is wrong with a (normalized) value; empty when nothing. */
	static List<ExtractionIssue> check(String key, String value) {
		List<ExtractionIssue> issues = new ArrayList<>();
		if (value == null) {
			return issues;
		}
		if (key.equals("creditCode") && !CreditCode.isValid(value)) {
			issues.add(new ExtractionIssue(key, "CHECKSUM_MISMATCH", value.length() == 18
					? "check character should be " + CreditCode.checkCharacter(value) : "a credit code has 18 characters"));
		}
		if (ValueComparison.DATES.contains(key) && !(key.equals("businessTermEnd") && value.equals("长期"))
				&& !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			issues.add(new ExtractionIssue(key, "INVALID_DATE", "not a calendar date: " + value));
		}
		if (ValueComparison.AMOUNTS.contains(key) && !value.matches("\\d+(\\.\\d{1,2})?")) {
			issues.add(new ExtractionIssue(key, "INVALID_AMOUNT", "not an amount with at most two decimals: " + value));
		}
		if (key.equals("amountInWords") && AmountInWords.parse(value).isEmpty()) {
			issues.add(new ExtractionIssue(key, "INVALID_AMOUNT_IN_WORDS", "not an amount in capitals: " + value));
		}
		if (ValueComparison.DIGITS.contains(key) && value.isEmpty()) {
			issues.add(new ExtractionIssue(key, "NOT_DIGITS", "digits expected"));
		}
		return issues;
	}
}
