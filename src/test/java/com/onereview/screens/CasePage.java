package com.onereview.screens;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The read-only case page: state, fields, audit trail. */
public final class CasePage extends Screen {

	CasePage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	/** Opens an address expecting the case page (e.g. the review screen of a case one may not review). */
	public static CasePage open(WebDriver browser, String baseUrl, String path) {
		browser.get(baseUrl + path);
		return new CasePage(browser, baseUrl).awaitShown();
	}

	CasePage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("case-page")));
		return this;
	}

	public String state() {
		return browser.findElement(By.id("case-state")).getAttribute("data-state");
	}

	public String notice() {
		List<WebElement> notice = browser.findElements(By.cssSelector("#case-notice, #case-decided"));
		return notice.isEmpty() ? null : notice.get(0).getText();
	}

	public boolean offersReview() {
		return !browser.findElements(By.id("open-review")).isEmpty();
	}

	/** The audit trail: action codes in order. */
	public List<String> auditActions() {
		return browser.findElements(By.cssSelector("#audit tr.audit-row"))
			.stream()
			.map(row -> row.getAttribute("data-action"))
			.toList();
	}

	/** The audit trail rows' text. */
	public List<String> auditRows() {
		return browser.findElements(By.cssSelector("#audit tr.audit-row")).stream().map(WebElement::getText).toList();
	}

	public String auditCsvLink() {
		return browser.findElement(By.id("audit-csv")).getAttribute("href");
	}
}
