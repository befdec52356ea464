package com.onereview.rpa.selenium;

import java.util.Map;

import org.openqa.selenium.By;

/**
 * Every element of the portal the submitter touches, in one place: when the portal changes, this is
 * the file to fix (and a changed page fails loudly here, with a screenshot, before anything is filed).
 */
final class PortalSelectors {

	// which page is this?
	static final By LOGIN_FORM = By.id("loginForm");
	static final By STEP_TITLE = By.id("stepTitle");
	static final By STEP_FORM = By.id("stepForm");
	static final By CONSULT_TITLE = By.id("consultTitle");
	static final By CONFIRM_TITLE = By.id("confirmTitle");
	static final By RECEIPT_NO = By.id("receiptNo");
	static final By MAINTENANCE = By.id("maintenance");
	static final By HOME_MENU = By.id("lnkNewFiling");
	static final By SEARCH_FORM = By.id("searchForm");

	// login
	static final By USERNAME = By.id("username");
	static final By PASSWORD = By.id("password");
	static final By LOGIN_BUTTON = By.id("btnLogin");
	static final By LOGIN_ERROR = By.id("loginError");
	static final By SESSION_EXPIRED = By.id("expiredMsg");

	// home and search
	static final By NEW_FILING = By.id("lnkNewFiling");
	static final By SEARCH = By.id("lnkSearch");
	static final By SEARCH_REFERENCE = By.id("txtSearchApplyNo");
	static final By SEARCH_BUTTON = By.id("btnSearch");
	static final By SEARCH_DONE = By.id("searchDone");
	static final By SEARCH_RECEIPTS = By.cssSelector("#results tr.filing-row td.receipt");

	// form steps
	static final By FIELD_ERRORS = By.cssSelector("#errorList .error-item");
	static final By NEXT = By.id("btnNext");

	/** Control information (step 1): filing value → portal field id. */
	static final Map<String, String> CONTROL = Map.of("reference", "txtApplyNo", "bankCode", "txtBankCode",
			"accountKind", "selAccountKind", "accountNumber", "txtAccountNo", "openingDate", "txtOpenDate");

	/** Depositor information (step 2): filing value → portal field id. */
	static final Map<String, String> DEPOSITOR = Map.ofEntries(Map.entry("depositorName", "txtDepositorName"),
			Map.entry("creditCode", "txtCreditCode"), Map.entry("regionCode", "txtRegionCode"),
			Map.entry("capitalCurrency", "selCapitalCurrency"), Map.entry("capitalAmount", "txtCapitalAmount"),
			Map.entry("legalRepName", "txtLegalRepName"), Map.entry("legalRepIdType", "txtLegalRepIdType"),
			Map.entry("legalRepIdNumber", "txtLegalRepIdNo"), Map.entry("address", "txtAddress"),
			Map.entry("postcode", "txtPostcode"), Map.entry("phone", "txtPhone"),
			Map.entry("businessScope", "txtBusinessScope"), Map.entry("industryCode", "txtIndustry"),
			Map.entry("depositorCategory", "txtDepositorCategory"), Map.entry("proofType", "txtProofType"),
			Map.entry("proofNumber", "txtProofNo"), Map.entry("proofExpiry", "txtProofExpiry"));

	// cross-region consultation
	static final By CONSULTED = By.id("chkConsulted");
	static final By CONSULT_NOTE = By.id("txtConsultNote");
	static final By CONTINUE = By.id("btnContinue");

	// confirmation
	static final By CONFLICT = By.id("conflictMsg");
	static final By SUBMIT = By.id("btnSubmit");

	private PortalSelectors() {
	}
}
