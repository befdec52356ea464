package com.onereview.screens;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every screen shares: the header (user, role, language switch, logout). Page objects never assert. */
public abstract class Screen {

	static final Duration SHORT = Duration.ofSeconds(15);

	protected final WebDriver browser;

	protected final String baseUrl;

	Screen(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	public String currentUser() {
		return browser.findElement(By.id("current-user")).getText();
	}

	public String role() {
		return browser.findElement(By.id("current-role")).getText();
	}

	public String path() {
		return browser.getCurrentUrl().substring(baseUrl.length());
	}

	public String htmlLanguage() {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	public LoginPage logout() {
		browser.findElement(By.id("logout")).click();
		return new LoginPage(browser, baseUrl).awaitShown();
	}

	/** Sets a marker on the window: it is gone after any page load, so a test can tell live updates from reloads. */
	public void markWindow() {
		script("window.__onereviewMarker = 'same page';");
	}

	public boolean windowStillMarked() {
		return "same page".equals(script("return window.__onereviewMarker || null;"));
	}

	/** What a script planted in document data set, had it run (it must not). */
	public Object injectedScriptResult() {
		return script("return window.__xss === undefined ? null : window.__xss;");
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	void clickLanguage(String id) {
		String before = browser.findElement(By.tagName("html")).getAttribute("lang");
		browser.findElement(By.id(id)).click();
		await(SHORT).until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", before)));
	}

	/** An explicit wait that looks again when a page load replaced what it was looking at. */
	WebDriverWait await(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(browser, timeout);
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}
}
