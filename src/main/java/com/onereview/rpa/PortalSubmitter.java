package com.onereview.rpa;

/**
 * Files into the regulator's portal. Never files twice: an implementation looks the filing up by its
 * reference before it enters anything, and answers with the existing receipt when one is there.
 */
public interface PortalSubmitter {

	/**
	 * @throws PortalException.Unavailable the portal is down, slow or logged us out: try again later
	 * @throws PortalException.Rejected the portal refused the data: a person must look at it
	 * @throws PortalException.Changed a page is not what we know: fix the page objects before filing more
	 */
	FilingReceipt submit(Filing filing);
}
