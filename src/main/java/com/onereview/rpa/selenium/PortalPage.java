package com.onereview.rpa.selenium;

import java.time.Duration;
import java.util.List;

import com.onereview.rpa.PortalException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page of the portal. Subclasses are page objects: their methods act and return the page that
 * follows; they never decide what a filing's outcome is. An element that is not where it should be
 * is a {@link PortalException.Changed}.
 */
abstract class PortalPage {

	protected final WebDriver driver;

	protected final Duration timeout;

	PortalPage(WebDriver driver, Duration timeout) {
		this.driver = driver;
		this.timeout = timeout;
	}

	/** Whichever page the browser shows now, once it has one of the pages we know. */
	static PortalPage current(WebDriver driver, Duration timeout) {
		By any = By.cssSelector("#loginForm, #stepTitle, #consultTitle, #confirmTitle, #receiptNo, #maintenance, "
				+ "#lnkNewFiling, #searchForm");
		try {
			new WebDriverWait(driver, timeout).until(ExpectedConditions.presenceOfElementLocated(any));
		}
		catch (TimeoutException ex) {
			throw new PortalException.Changed("the portal showed a page we do not know: " + driver.getTitle(),
					screenshot(driver), ex);
		}
		if (present(driver, PortalSelectors.MAINTENANCE)) {
			throw new PortalException.Unavailable("the portal is down for maintenance", screenshot(driver), null);
		}
		if (present(driver, PortalSelectors.LOGIN_FORM)) {
			return new LoginPage(driver, timeout);
		}
		if (present(driver, PortalSelectors.STEP_TITLE)) {
			return driver.getCurrentUrl().contains("/depositor") ? new DepositorInfoPage(driver, timeout)
					: new ControlInfoPage(driver, timeout);
		}
		if (present(driver, PortalSelectors.CONSULT_TITLE)) {
			return new ConsultationPage(driver, timeout);
		}
		if (present(driver, PortalSelectors.CONFIRM_TITLE)) {
			return new ConfirmationPage(driver, timeout);
		}
		if (present(driver, PortalSelectors.RECEIPT_NO)) {
			return new ReceiptPage(driver, timeout);
		}
		if (present(driver, PortalSelectors.SEARCH_FORM)) {
			return new SearchPage(driver, timeout);
		}
		return new HomePage(driver, timeout);
	}

	byte[] screenshot() {
		return screenshot(driver);
	}

	static byte[] screenshot(WebDriver driver) {
		try {
			return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		}
		catch (WebDriverException ex) {
			return new byte[0];
		}
	}

	protected WebElement element(By by) {
		try {
			return driver.findElement(by);
		}
		catch (NoSuchElementException ex) {
			throw new PortalException.Changed("portal page '" + driver.getTitle() + "' has no element " + by,
					screenshot(), ex);
		}
	}

	protected void type(By by, String value) {
		WebElement field = element(by);
		if ("select".equals(field.getTagName())) {
			new Select(field).selectByValue(value == null ? "" : value);
			return;
		}
		field.clear();
		if (value != null && !value.isEmpty()) {
			field.sendKeys(value);
		}
	}

	protected List<String> texts(By by) {
		return driver.findElements(by).stream().map(WebElement::getText).toList();
	}

	/** Clicks something that loads a page, and waits for the new page, not the one still showing. */
	protected PortalPage click(By by) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.__oneReviewOldPage = true;");
		element(by).click();
		try {
			// a new document has no mark; while it loads, scripts may fail: keep asking
			new WebDriverWait(driver, timeout).ignoring(WebDriverException.class)
				.until(d -> Boolean.TRUE.equals(js.executeScript(
						"return window.__oneReviewOldPage === undefined && document.readyState === 'complete';")));
		}
		catch (TimeoutException ex) {
			throw new PortalException.Unavailable("the portal did not answer within " + timeout, screenshot(), ex);
		}
		return current(driver, timeout);
	}

	static boolean present(WebDriver driver, By by) {
		return !driver.findElements(by).isEmpty();
	}
}
