package com.onereview.extraction;

/** Kinds of document OneReview reads (CONTRACT.md). */
public enum DocumentType {
	BUSINESS_LICENSE, BANK_VOUCHER, UNKNOWN
}
