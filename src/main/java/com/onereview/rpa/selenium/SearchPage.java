package com.onereview.rpa.selenium;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.WebDriver;

/** 备案信息查询: filings found by application number (our reference). */
final class SearchPage extends PortalPage {

	SearchPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	SearchPage searchFor(String reference) {
		type(PortalSelectors.SEARCH_REFERENCE, reference);
		PortalPage results = click(PortalSelectors.SEARCH_BUTTON);
		if (!(results instanceof SearchPage) || !present(driver, PortalSelectors.SEARCH_DONE)) {
			throw new com.onereview.rpa.PortalException.Changed("the portal's search showed no result count",
					screenshot(), null);
		}
		return (SearchPage) results;
	}

	List<String> receipts() {
		return texts(PortalSelectors.SEARCH_RECEIPTS);
	}
}
