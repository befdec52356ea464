package com.onereview.rpa.selenium;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

/** The interstitial asking for a cross-region consultation before the filing can go on. */
final class ConsultationPage extends PortalPage {

	ConsultationPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	PortalPage confirm(String note) {
		if (!element(PortalSelectors.CONSULTED).isSelected()) {
			element(PortalSelectors.CONSULTED).click();
		}
		type(PortalSelectors.CONSULT_NOTE, note);
		return click(PortalSelectors.CONTINUE);
	}
}
