package com.onereview.rpa.selenium;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

/** The portal's menu after login. */
final class HomePage extends PortalPage {

	HomePage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	SearchPage search() {
		return (SearchPage) expect(click(PortalSelectors.SEARCH), SearchPage.class);
	}

	PortalPage newFiling() {
		return click(PortalSelectors.NEW_FILING);
	}

	private PortalPage expect(PortalPage page, Class<? extends PortalPage> type) {
		if (!type.isInstance(page)) {
			throw new com.onereview.rpa.PortalException.Changed("expected the " + type.getSimpleName()
					+ " but the portal showed " + page.getClass().getSimpleName(), screenshot(), null);
		}
		return page;
	}
}
