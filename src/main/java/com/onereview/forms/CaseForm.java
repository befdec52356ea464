package com.onereview.forms;

import java.time.Instant;

/**
 * One form of a case as the forms list shows it.
 * @param status DRAFT (a preview, filled on request from the current values), FINAL (filled on approval from the
 * verified values and stored) or FAILED (could not be filled on approval; {@code error} says why)
 * @param sha256 of the stored FINAL PDF, as in the audit trail
 * @param href where the PDF is (none for FAILED)
 */
public record CaseForm(String formId, String title, String status, String sha256, Instant filledAt,
		String filledBy, String error, String href) {

	public static final String DRAFT = "DRAFT";

	public static final String FINAL = "FINAL";

	public static final String FAILED = "FAILED";
}
