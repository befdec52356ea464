package com.onereview.screens;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page. */
public final class LoginPage extends Screen {

	LoginPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	public static LoginPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/login");
		return new LoginPage(browser, baseUrl).awaitShown();
	}

	/** Opens a protected address without being logged in: the login page comes instead. */
	public static LoginPage openExpectingLogin(WebDriver browser, String baseUrl, String path) {
		browser.get(baseUrl + path);
		return new LoginPage(browser, baseUrl).awaitShown();
	}

	LoginPage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
		return this;
	}

	/** Logs a teller in: they land on their cases. */
	public MyCasesPage asTeller(String user, String password) {
		submit(user, password);
		return new MyCasesPage(browser, baseUrl).awaitShown();
	}

	public QueuePage asVerifier(String user, String password) {
		submit(user, password);
		return new QueuePage(browser, baseUrl).awaitShown();
	}

	public LoginPage withWrongPassword(String user, String password) {
		submit(user, password);
		return awaitShown();
	}

	public LoginPage switchToEnglish() {
		clickLanguage("lang-en");
		return awaitShown();
	}

	public String error() {
		return textOf("login-error");
	}

	public String notice() {
		return browser.findElements(By.cssSelector("#login-form .banner")).stream().map(WebElement::getText)
			.findFirst().orElse(null);
	}

	public String submitLabel() {
		return browser.findElement(By.id("login-submit")).getText();
	}

	private String textOf(String id) {
		return browser.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse(null);
	}

	private void submit(String user, String password) {
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		WebElement form = browser.findElement(By.id("login-form"));
		browser.findElement(By.id("login-submit")).click();
		await(SHORT).until(driver -> gone(form));
	}

	/** Stale: Chromium sometimes answers a look at a node of the page just left with this error, not staleness. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}
}
