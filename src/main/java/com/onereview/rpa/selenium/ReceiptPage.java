package com.onereview.rpa.selenium;

import java.time.Duration;

import org.openqa.selenium.WebDriver;

/** 备案成功: the receipt number. */
final class ReceiptPage extends PortalPage {

	ReceiptPage(WebDriver driver, Duration timeout) {
		super(driver, timeout);
	}

	String receiptNo() {
		return element(PortalSelectors.RECEIPT_NO).getText().strip();
	}
}
