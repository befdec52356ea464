package com.onereview.forms;

import java.util.Set;

import com.onereview.verification.DerivedValues;

/** The keys a mapping may name: CONTRACT.md fields and the teller inputs of the case design. */
final class SourceKeys {

	/** Business license and bank voucher keys of CONTRACT.md. */
	static final Set<String> FIELDS = Set.of("creditCode", "companyName", "companyType", "legalRepresentative",
			"registeredCapital", "establishedDate", "businessTermStart", "businessTermEnd", "address", "businessScope",
			"registrationAuthority", "registrationDate", "voucherType", "voucherDate", "payerName", "payeeName",
			"payerAccount", "payeeAccount", "payerBank", "payeeBank", "amount", "amountInWords", "purpose",
			"serialNumber");

	/** What the teller types: the values no document holds. */
	static final Set<String> INPUTS = Set.of("accountKind", "phone", "postcode", "depositorCategory", "industryCode",
			"legalRepIdType", "legalRepIdNumber", "controllingShareholder", "bankCode", "bankName", "accountNumber");

	private SourceKeys() {
	}

	static Set<String> known(SourceKind kind) {
		return switch (kind) {
			case FIELD -> FIELDS;
			case INPUT -> INPUTS;
			case DERIVED -> DerivedValues.NAMES;
		};
	}
}
