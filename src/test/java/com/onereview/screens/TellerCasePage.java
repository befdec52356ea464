package com.onereview.screens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** One case from the teller's side: files into it, the license's data, the inputs, 提交复核. */
public final class TellerCasePage extends Screen {

	private final DropZone zone;

	TellerCasePage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
		this.zone = new DropZone(browser);
	}

	public static TellerCasePage open(WebDriver browser, String baseUrl, String caseId) {
		browser.get(baseUrl + "/cases/" + caseId + "/teller");
		return new TellerCasePage(browser, baseUrl).awaitShown();
	}

	TellerCasePage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("teller-case")));
		return this;
	}

	public String caseId() {
		return browser.findElement(By.id("teller-case")).getAttribute("data-case-id");
	}

	public String state() {
		return browser.findElement(By.id("case-state")).getAttribute("data-state");
	}

	public String stateText() {
		return browser.findElement(By.id("case-state")).getText();
	}

	public String slaDeadline() {
		return textOrNull(By.id("sla-due"));
	}

	public String reasonLabel() {
		return textOrNull(By.id("reason-label"));
	}

	public String reasonComment() {
		return textOrNull(By.id("reason-comment"));
	}

	public TellerCasePage drop(Path... files) {
		zone.drop(files);
		return this;
	}

	public TellerCasePage choose(Path... files) {
		zone.choose(files);
		return this;
	}

	public TellerCasePage recordStates() {
		zone.recordStates();
		return this;
	}

	public List<String> statesSeen(String fileName) {
		return zone.statesSeen(fileName);
	}

	/** Waits until the file's upload row shows this state (uploading, RECEIVED, PROCESSING, EXTRACTED, ...). */
	public TellerCasePage awaitUploadState(String fileName, String state, Duration timeout) {
		zone.awaitState(fileName, state, timeout);
		return this;
	}

	public int uploadProgress(String fileName) {
		return Integer.parseInt(zone.attribute(fileName, "data-progress"));
	}

	/** The case's documents as the page lists them: file name to status. */
	public Map<String, String> documents() {
		return browser.findElements(By.cssSelector("#case-documents tr.document-row")).stream()
			.collect(Collectors.toMap(row -> row.findElement(By.cssSelector(".file-name")).getText(),
					row -> row.getAttribute("data-status"), (a, b) -> a + "," + b));
	}

	/** Waits until the case's documents list shows exactly these files, all read. */
	public TellerCasePage awaitDocumentsRead(Duration timeout, String... fileNames) {
		await(timeout).ignoring(StaleElementReferenceException.class).until(driver -> {
			Map<String, String> documents = documents();
			return documents.size() == fileNames.length
					&& List.of(fileNames).stream().allMatch(name -> "EXTRACTED".equals(documents.get(name)));
		});
		return this;
	}

	public TellerCasePage remove(String fileName) {
		documentRow(fileName).findElement(By.cssSelector("button.remove")).click();
		// the list is re-rendered under the wait's feet
		await(SHORT).ignoring(StaleElementReferenceException.class).until(driver -> !documents().containsKey(fileName));
		return this;
	}

	/** Waits for the license's data to be shown. */
	public TellerCasePage awaitPrefill(Duration timeout) {
		await(timeout).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#prefill dd[data-field]")));
		return this;
	}

	/** A pre-filled value, or the note shown instead (withheld for re-keying, not read). */
	public String prefill(String key) {
		return browser.findElement(By.cssSelector("#prefill dd[data-field='" + key + "']")).getText();
	}

	public String prefillStatus(String key) {
		return browser.findElement(By.cssSelector("#prefill dd[data-field='" + key + "']")).getAttribute("data-status");
	}

	public String licenseLink() {
		return browser.findElement(By.id("license-link")).getAttribute("href");
	}

	/** Types into an input and leaves it (Tab), which has the server check and keep it. */
	public TellerCasePage type(String key, String value) {
		WebElement input = input(key);
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(value, Keys.TAB);
		return this;
	}

	public TellerCasePage select(String key, String option) {
		new Select(input(key)).selectByVisibleText(option);
		return this;
	}

	public TellerCasePage accountKind(String kind) {
		browser.findElement(By.cssSelector("#inputs input[name='accountKind'][value='" + kind + "']")).click();
		return this;
	}

	public TellerCasePage awaitInputError(String key) {
		await(SHORT).until(driver -> !inputError(key).isEmpty());
		return this;
	}

	public TellerCasePage awaitInputErrorCleared(String key) {
		await(SHORT).until(driver -> inputError(key).isEmpty());
		return this;
	}

	public String inputError(String key) {
		return browser.findElement(By.cssSelector("#inputs [data-input='" + key + "'] .input-error")).getText();
	}

	public String inputValue(String key) {
		return input(key).getAttribute("value");
	}

	public boolean sendEnabled() {
		return browser.findElement(By.id("send")).isEnabled();
	}

	public String sendBlockedReason() {
		return browser.findElement(By.id("send-blocked")).getText();
	}

	public TellerCasePage awaitSendEnabled(Duration timeout) {
		await(timeout).until(ExpectedConditions.elementToBeClickable(By.id("send")));
		return this;
	}

	/** 提交复核: saves the inputs and submits; the page comes back showing the sent case. */
	public TellerCasePage send() {
		WebElement page = browser.findElement(By.id("teller-case"));
		browser.findElement(By.id("send")).click();
		await(SHORT).until(ExpectedConditions.stalenessOf(page));
		return new TellerCasePage(browser, baseUrl).awaitShown();
	}

	public String notice() {
		return textOrNull(By.id("sent-notice"));
	}

	public MyCasesPage backToMyCases() {
		browser.findElement(By.cssSelector(".case-head a.back:not(#case-page-link)")).click();
		return new MyCasesPage(browser, baseUrl).awaitShown();
	}

	private WebElement input(String key) {
		return browser.findElement(By.cssSelector("#inputs [name='" + key + "']"));
	}

	private WebElement documentRow(String fileName) {
		return browser.findElements(By.cssSelector("#case-documents tr.document-row")).stream()
			.filter(row -> row.findElement(By.cssSelector(".file-name")).getText().equals(fileName))
			.findFirst()
			.orElseThrow();
	}

	private String textOrNull(By by) {
		return browser.findElements(by).stream().map(WebElement::getText).findFirst().orElse(null);
	}
}
