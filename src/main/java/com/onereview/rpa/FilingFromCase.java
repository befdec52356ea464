package com.onereview.rpa;

import java.time.LocalDate;
import java.util.Map;

import com.onereview.verification.CaseApproved;

/** The filing of an approved account opening: verified license values, the teller's inputs, derived values. */
final class FilingFromCase {

	private FilingFromCase() {
	}

	static Filing of(CaseApproved approved, LocalDate openingDate, String consultationNote) {
		Map<String, String> license = approved.values().getOrDefault("BUSINESS_LICENSE", Map.of());
		Map<String, String> inputs = approved.inputs();
		Map<String, String> derived = approved.derived();
		return new Filing(approved.caseId(), inputs.get("bankCode"), inputs.get("accountKind"),
				inputs.get("accountNumber"), openingDate.toString(), license.get("companyName"),
				license.get("creditCode"), derived.get("regionCode"), derived.getOrDefault("registeredCapitalCurrency", "CNY"),
				derived.get("registeredCapitalYuan"), license.get("legalRepresentative"), inputs.get("legalRepIdType"),
				inputs.get("legalRepIdNumber"), license.get("address"), inputs.get("postcode"), inputs.get("phone"),
				license.get("businessScope"), inputs.get("industryCode"), inputs.get("depositorCategory"),
				derived.getOrDefault("proofDocumentType", "营业执照"), derived.get("proofDocumentNumber"),
				derived.get("proofDocumentExpiry"), consultationNote);
	}
}
