package com.onereview.rpa.selenium;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

/** Step 2, 存款人信息: the depositor, its legal representative and proof documents. */
final class DepositorInfoPage extends FormStepPage {

	DepositorInfoPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}
}
