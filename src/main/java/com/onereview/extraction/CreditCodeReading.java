package com.onereview.extraction;

/**
 * What {@link CreditCode#read(String)} made of a code as seen.
 * @param seen the cleaned characters as read
 * @param code the code to report: the repaired one when repaired, else as seen
 * @param status how it checked
 * @param expectedCheck the check character the first 17 characters call for ({@code '?'} if none)
 */
public record CreditCodeReading(String seen, String code, Status status, char expectedCheck) {

	/** How a code checked. */
	public enum Status {
		VALID, REPAIRED, CHECK_MISMATCH, MALFORMED
	}
}
