package com.onereview.verification;

/** What a case is for: opening an account when it holds a business license, else entering vouchers. */
public enum CaseKind {
	ACCOUNT_OPENING, VOUCHER_ENTRY
}
