package com.onereview.rpa.selenium;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

/** Step 1, 控制信息: application number, bank, account kind and number, opening date. */
final class ControlInfoPage extends FormStepPage {

	ControlInfoPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}
}
