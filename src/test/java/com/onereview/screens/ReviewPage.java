package com.onereview.screens;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The review screen of a claimed case: viewer, fields by status, blind re-key, decisions. */
public final class ReviewPage extends Screen {

	ReviewPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	ReviewPage awaitShown() {
		await(SHORT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-review-ready", "true"));
		return this;
	}

	/** Field keys of the case (all documents), in screen order. */
	public List<String> fieldKeys() {
		return rows().stream().map(row -> row.getAttribute("data-field")).toList();
	}

	public String status(String key) {
		return row(key).getAttribute("data-status");
	}

	public String statusLabel(String key) {
		return row(key).findElement(By.className("field-status")).getText();
	}

	public String inputValue(String key) {
		return input(key).getAttribute("value");
	}

	/** The field whose input has the keyboard focus. */
	public String focusedField() {
		return (String) script("const row = document.activeElement && document.activeElement.closest('li.field');"
				+ "return row ? row.dataset.field : null;");
	}

	/** The field whose box the viewer highlights, or null. */
	public String highlightedBox() {
		List<WebElement> boxes = browser.findElements(By.cssSelector(".doc-viewer:not([hidden]) .box.active"));
		return boxes.isEmpty() ? null : boxes.get(0).getAttribute("data-field");
	}

	public ReviewPage focus(String key) {
		input(key).click();
		await(SHORT).until(driver -> key.equals(highlightedBox()));
		return this;
	}

	/** Types into a field and presses Enter; waits until the field's status left {@code from}. */
	public ReviewPage type(String key, String value) {
		String before = status(key);
		WebElement input = input(key);
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(value, Keys.ENTER);
		await(SHORT).until(driver -> !before.equals(status(key)) || overrideOffered(key) || !messageText().isBlank());
		return this;
	}

	public String machineValueShown(String key) {
		return row(key).findElement(By.className("machine-value")).getText();
	}

	public String rekeyedValueShown(String key) {
		return row(key).findElement(By.className("rekeyed-value")).getText();
	}

	public boolean conflictShown(String key) {
		return row(key).findElement(By.className("conflict")).isDisplayed();
	}

	public ReviewPage takeMachines(String key) {
		return clickAndAwaitChange(key, "take-machine");
	}

	public ReviewPage takeMine(String key) {
		return clickAndAwaitChange(key, "take-mine");
	}

	public ReviewPage confirmEmpty(String key) {
		return clickAndAwaitChange(key, "confirm-empty");
	}

	public boolean overrideOffered(String key) {
		return row(key).findElement(By.className("override")).isDisplayed();
	}

	public ReviewPage keepAnyway(String key) {
		return clickAndAwaitChange(key, "keep-anyway");
	}

	public String openCount() {
		return browser.findElement(By.id("open-count")).getText();
	}

	public String leaseLeft() {
		return browser.findElement(By.id("lease-left")).getText();
	}

	public String shortcuts() {
		return browser.findElement(By.id("shortcuts")).getText();
	}

	public String messageText() {
		List<WebElement> shown = browser.findElements(By.cssSelector("#review-message:not([hidden])"));
		return shown.isEmpty() ? "" : shown.get(0).getText();
	}

	/** Waits until the screen says the claim expired. */
	public ReviewPage awaitLeaseExpired(java.time.Duration timeout) {
		await(timeout).until(ExpectedConditions.visibilityOfElementLocated(By.id("lease-expired")));
		return this;
	}

	/** Presses Ctrl+Enter in the focused input: approve; the case page follows. */
	public CasePage approveWithKeyboard() {
		browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		return new CasePage(browser, baseUrl).awaitShown();
	}

	/** Presses R outside the inputs, picks a reason and confirms: the case page follows. */
	public CasePage returnWithKeyboard(String reasonCode, String comment) {
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.findElement(By.tagName("body")).sendKeys("r");
		await(SHORT).until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-code")));
		await(SHORT).until(driver -> !driver.findElements(By.cssSelector("#reason-code option")).isEmpty());
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("reason-code"))).selectByValue(reasonCode);
		browser.findElement(By.id("reason-comment")).sendKeys(comment);
		browser.findElement(By.id("decision-confirm")).click();
		return new CasePage(browser, baseUrl).awaitShown();
	}

	private ReviewPage clickAndAwaitChange(String key, String button) {
		String before = status(key);
		row(key).findElement(By.className(button)).click();
		await(SHORT).until(driver -> !before.equals(status(key)));
		return this;
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector("#fields li.field"));
	}

	private WebElement row(String key) {
		return browser.findElement(By.cssSelector("#fields li.field[data-field='" + key + "']"));
	}

	private WebElement input(String key) {
		return row(key).findElement(By.className("field-input"));
	}
}
