package com.onereview.rpa;

/** Why a filing did not go through, with a screenshot of the page as it was. */
public abstract sealed class PortalException extends RuntimeException {

	private final transient byte[] screenshot;

	PortalException(String message, byte[] screenshot, Throwable cause) {
		super(message, cause);
		this.screenshot = screenshot;
	}

	public byte[] screenshot() {
		return screenshot;
	}

	/** Transient: down for maintenance, too slow, session lost. Retry with backoff. */
	public static final class Unavailable extends PortalException {

		public Unavailable(String message, byte[] screenshot, Throwable cause) {
			super(message, screenshot, cause);
		}
	}

	/** The portal's own checks refused the data (validation error, data conflict): back to the verifier. */
	public static final class Rejected extends PortalException {

		public Rejected(String message, byte[] screenshot) {
			super(message, screenshot, null);
		}
	}

	/** A page no longer looks the way the page objects know it: nothing is filed; fix the selectors. */
	public static final class Changed extends PortalException {

		public Changed(String message, byte[] screenshot, Throwable cause) {
			super(message, screenshot, cause);
		}
	}
}
