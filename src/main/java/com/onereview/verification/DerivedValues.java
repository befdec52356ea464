package com.onereview.verification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Values computed from a business license's verified fields (source DERIVED), as forms and filing need them:
 * registered capital in yuan, the region code inside the credit code, the proof document, the dates. A value
 * whose source is absent is absent too: nothing is invented. The only implementation: forms resolve their
 * {@code derived:} mappings from these values.
 */
public final class DerivedValues {

	/** The bank's date format on forms. */
	public static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	/** Every name this class may produce, for validating form mappings. */
	public static final Set<String> NAMES = Set.of("registeredCapitalYuan", "registeredCapitalCurrency",
			"registeredCapitalCurrencyName", "regionCode", "proofDocumentType", "proofDocumentNumber",
			"proofDocumentExpiry", "today", "openingDate");

	private DerivedValues() {
	}

	/** The derived values of a license's fields (keys as in CONTRACT.md) on the bank's date {@code today}. */
	public static Map<String, String> of(Map<String, String> license, LocalDate today) {
		Map<String, String> derived = new LinkedHashMap<>();
		RegisteredCapital.parse(license.get("registeredCapital")).ifPresent(capital -> {
			derived.put("registeredCapitalYuan", capital.amount().toPlainString());
			derived.put("registeredCapitalCurrency", capital.currency());
			derived.put("registeredCapitalCurrencyName", capital.currencyName());
		});
		String creditCode = blankToNull(license.get("creditCode"));
		// characters 3–8 of a whole credit code; a partial reading yields no region rather than a wrong one
		if (creditCode != null && creditCode.length() == 18) {
			derived.put("regionCode", creditCode.substring(2, 8));
		}
		if (creditCode != null) {
			// the proof document of a depositor with a license is the license itself
			derived.put("proofDocumentType", "营业执照");
			derived.put("proofDocumentNumber", creditCode);
		}
		String termEnd = blankToNull(license.get("businessTermEnd"));
		if (termEnd != null) {
			derived.put("proofDocumentExpiry", termEnd);
		}
		derived.put("today", BANK_DATE.format(today));
		derived.put("openingDate", BANK_DATE.format(today));
		return derived;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
