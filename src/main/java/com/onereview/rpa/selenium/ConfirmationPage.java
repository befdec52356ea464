package com.onereview.rpa.selenium;

import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.WebDriver;

/** Step 3, 确认提交: the summary, the portal's data-conflict message if any, and 提交. */
final class ConfirmationPage extends PortalPage {

	ConfirmationPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	Optional<String> conflict() {
		return present(driver, PortalSelectors.CONFLICT) ? Optional.of(element(PortalSelectors.CONFLICT).getText())
				: Optional.empty();
	}

	PortalPage submit() {
		return click(PortalSelectors.SUBMIT);
	}
}
