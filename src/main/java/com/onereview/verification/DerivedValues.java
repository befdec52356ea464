package com.onereview.verification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values computed from a business license's verified fields (source DERIVED), as forms need them:
 * registered capital in yuan, the region code inside the credit code, the proof document, the opening date.
 */
public final class DerivedValues {

	private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	private DerivedValues() {
	}

	/** The derived values of a license's fields (keys as in CONTRACT.md); absent when their source is. */
	public static Map<String, String> of(Map<String, String> license, LocalDate today) {
		Map<String, String> derived = new LinkedHashMap<>();
		RegisteredCapital.parse(license.get("registeredCapital")).ifPresent(capital -> {
			derived.put("registeredCapitalYuan", capital.amount().toPlainString());
			derived.put("registeredCapitalCurrency", capital.currency());
		});
		String creditCode = license.get("creditCode");
		if (creditCode != null && creditCode.length() >= 8) {
			derived.put("regionCode", creditCode.substring(2, 8));
		}
		if (creditCode != null && !creditCode.isBlank()) {
			derived.put("proofDocumentType", "营业执照");
			derived.put("proofDocumentNumber", creditCode);
		}
		if (license.get("businessTermEnd") != null) {
			derived.put("proofDocumentExpiry", license.get("businessTermEnd"));
		}
		derived.put("openingDate", BANK_DATE.format(today));
		return derived;
	}
}
