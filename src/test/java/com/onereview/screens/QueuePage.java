package com.onereview.screens;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The verification queue: cases by SLA deadline, claim / claim next / release / reassign. */
public final class QueuePage extends Screen {

	QueuePage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	public static QueuePage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/queue");
		return new QueuePage(browser, baseUrl).awaitShown();
	}

	QueuePage awaitShown() {
		await(SHORT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-queue-ready", "true"));
		return this;
	}

	/** Each case row's cells' text, the full case id first (read in one script: the countdown ticks meanwhile). */
	@SuppressWarnings("unchecked")
	public List<List<String>> cases() {
		return (List<List<String>>) script("return [...document.querySelectorAll('#queue tr.case-row')].map(row => "
				+ "[row.dataset.case, ...[...row.querySelectorAll('td')].map(cell => cell.innerText.trim())]);");
	}

	public List<String> caseIds() {
		return cases().stream().map(row -> row.get(0)).toList();
	}

	/** Reloads the queue until the case is listed (e.g. back from an expired lease). */
	public QueuePage awaitCase(String caseId, java.time.Duration timeout) {
		await(timeout).until(driver -> {
			driver.navigate().refresh();
			awaitShown();
			return caseIds().contains(caseId);
		});
		return this;
	}

	/** Waits, without reloading, for the page's own refresh to offer the case for claiming. */
	public QueuePage awaitOfferedWithoutReload(String caseId, java.time.Duration timeout) {
		await(timeout).until(driver -> caseIds().contains(caseId) && offersClaim(caseId));
		return this;
	}

	/** Waits, without reloading, for the page's own refresh to drop the case (claimed by someone else). */
	public QueuePage awaitGoneWithoutReload(String caseId, java.time.Duration timeout) {
		await(timeout).until(driver -> !caseIds().contains(caseId));
		return this;
	}

	/** The countdown cell's text of a case, e.g. "剩余 3小时59分". */
	public String countdown(String caseId) {
		return row(caseId).findElement(By.cssSelector(".countdown .left")).getText();
	}

	public QueuePage switchToEnglish() {
		clickLanguage("lang-en");
		return awaitShown();
	}

	public boolean showsUploadLink() {
		return !browser.findElements(By.id("nav-upload")).isEmpty();
	}

	public boolean offersClaim(String caseId) {
		return !row(caseId).findElements(By.cssSelector("button.claim")).isEmpty();
	}

	/** Clicks claim and waits for where it leads: the review screen. */
	public ReviewPage claim(String caseId) {
		clickClaim(caseId);
		return new ReviewPage(browser, baseUrl).awaitShown();
	}

	/** Clicks claim and waits for the outcome either way: the review screen, or a refusal on this page. */
	public void clickClaim(String caseId) {
		row(caseId).findElement(By.cssSelector("button.claim")).click();
	}

	/** Waits until a claim either opened the review screen (true) or was refused here (false). */
	public boolean awaitClaimOutcome() {
		await(SHORT).until(driver -> driver.getCurrentUrl().endsWith("/review") || refusalShown());
		return browser.getCurrentUrl().endsWith("/review");
	}

	/** Clicks claim expecting the server to refuse; the message shown. */
	public String claimRefused(String caseId) {
		clickClaim(caseId);
		await(SHORT).until(driver -> refusalShown());
		return message();
	}

	public String message() {
		return browser.findElement(By.id("queue-message")).getText();
	}

	public ReviewPage claimNext() {
		browser.findElement(By.id("claim-next")).click();
		return new ReviewPage(browser, baseUrl).awaitShown();
	}

	public QueuePage reassign(String caseId, String verifier) {
		WebElement row = row(caseId);
		new Select(row.findElement(By.cssSelector("select.reassign-to"))).selectByValue(verifier);
		row.findElement(By.cssSelector("button.reassign-button")).click();
		await(SHORT).until(ExpectedConditions.stalenessOf(row));
		return awaitShown();
	}

	public QueuePage filter(String view) {
		browser.findElement(By.id("filter-" + view)).click();
		return awaitShown();
	}

	private boolean refusalShown() {
		List<WebElement> banner = browser.findElements(By.cssSelector("#queue-message:not([hidden])"));
		return !banner.isEmpty() && !banner.get(0).getText().isBlank();
	}

	private WebElement row(String caseId) {
		return browser.findElement(By.cssSelector("#queue tr.case-row[data-case='" + caseId + "']"));
	}
}
