package com.onereview.rpa;

/**
 * The portal's acknowledgement of a filing.
 * @param receiptNo the receipt number the portal issued
 * @param screenshot PNG of the receipt page (or of the search result that found the filing): evidence
 * @param alreadyFiled true when the filing was found in the portal rather than submitted now
 */
public record FilingReceipt(String receiptNo, byte[] screenshot, boolean alreadyFiled) {
}
