package com.onereview.rpa;

/**
 * What a filing to the People's Bank carries (../shared/DOMAIN.md), as verified values.
 * @param reference our case id, entered as the portal's application number: how a filing is found again
 * @param accountKind BASIC, GENERAL, SPECIAL or TEMPORARY
 * @param openingDate ISO date
 * @param capitalCurrency CNY, USD, EUR or HKD
 * @param capitalAmount registered capital in yuan (or the currency's unit), e.g. {@code 10000000.00}
 * @param proofExpiry ISO date or {@code 长期}
 * @param consultationNote what to tell the portal when it asks for a cross-region consultation
 */
public record Filing(String reference, String bankCode, String accountKind, String accountNumber, String openingDate,
		String depositorName, String creditCode, String regionCode, String capitalCurrency, String capitalAmount,
		String legalRepName, String legalRepIdType, String legalRepIdNumber, String address, String postcode,
		String phone, String businessScope, String industryCode, String depositorCategory, String proofType,
		String proofNumber, String proofExpiry, String consultationNote) {

	@Override
	public String toString() {
		// the ID number stays out of logs
		return "Filing[" + reference + ", " + accountKind + ", " + depositorName + ", " + creditCode + "]";
	}
}
