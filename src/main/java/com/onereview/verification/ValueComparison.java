package com.onereview.verification;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import com.onereview.extraction.ChineseDate;

/**
 * CONTRACT.md's comparison rule, as a blind re-key is checked against the machine's reading: Unicode NFKC,
 * all white space removed; dates compared as ISO dates, amounts as decimals, account and serial numbers as
 * digit strings.
 */
public final class ValueComparison {

	static final Set<String> DATES = Set.of("establishedDate", "businessTermStart", "businessTermEnd",
			"registrationDate", "voucherDate");

	static final Set<String> AMOUNTS = Set.of("amount");

	static final Set<String> DIGITS = Set.of("payerAccount", "payeeAccount", "serialNumber", "accountNumber");

	private ValueComparison() {
	}

	/** Whether two values of the field are the same; two empty values are, one empty one is not. */
	public static boolean same(String key, String a, String b) {
		String x = canonical(key, a);
		String y = canonical(key, b);
		return x.equals(y);
	}

	/** The value in the form it is compared in ("" for none). */
	public static String canonical(String key, String value) {
		if (value == null) {
			return "";
		}
		String s = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
		if (DATES.contains(key)) {
			return date(s).map(LocalDate::toString).orElse(s);
		}
		if (AMOUNTS.contains(key)) {
			try {
				return new BigDecimal(s.replace(",", "").replace("¥", "")).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return s;
			}
		}
		if (DIGITS.contains(key)) {
			return s.replaceAll("\\D", "");
		}
		return s;
	}

	/** An ISO date or a date as printed on Chinese documents. */
	static Optional<LocalDate> date(String s) {
		try {
			return Optional.of(LocalDate.parse(s));
		}
		catch (DateTimeParseException ex) {
			return ChineseDate.parse(s);
		}
	}
}
