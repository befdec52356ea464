package com.onereview.registry;

import java.util.List;

/** The registered items a lookup returns: CONTRACT.md's business-license keys. */
final class RegistryFields {

	static final List<String> KEYS = List.of("creditCode", "companyName", "companyType", "legalRepresentative",
			"registeredCapital", "establishedDate", "businessTermStart", "businessTermEnd", "address", "businessScope",
			"registrationAuthority", "registrationDate");

	private RegistryFields() {
	}
}
