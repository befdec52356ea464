package com.onereview.rpa.selenium;

import java.time.Duration;

import com.onereview.rpa.PortalException;
import org.openqa.selenium.WebDriver;

/** The portal's login; also where it sends a session that has timed out. */
final class LoginPage extends PortalPage {

	LoginPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	boolean sessionExpired() {
		return present(driver, PortalSelectors.SESSION_EXPIRED);
	}

	HomePage login(String username, String password) {
		type(PortalSelectors.USERNAME, username);
		type(PortalSelectors.PASSWORD, password);
		PortalPage next = click(PortalSelectors.LOGIN_BUTTON);
		if (next instanceof HomePage home) {
			return home;
		}
		String why = present(driver, PortalSelectors.LOGIN_ERROR) ? element(PortalSelectors.LOGIN_ERROR).getText()
				: "no menu after login";
		throw new PortalException.Unavailable("portal login refused: " + why, screenshot(), null);
	}
}
