package com.onereview.screens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One document: the scan viewer with the field boxes, the field panel beside it. */
public final class DocumentPage extends Screen {

	DocumentPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	public static DocumentPage open(WebDriver browser, String baseUrl, String documentId) {
		browser.get(baseUrl + "/documents/" + documentId);
		return new DocumentPage(browser, baseUrl).awaitShown();
	}

	/** Waits for the page image to be loaded and fitted into the viewer. */
	DocumentPage awaitShown() {
		await(SHORT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-viewer-ready", "true"));
		return this;
	}

	/** Focuses a field's row by clicking it. */
	public DocumentPage focusField(String key) {
		field(key).click();
		awaitActive(key);
		return this;
	}

	/** Moves the keyboard focus on: Tab, or Shift+Tab when {@code back}. */
	public DocumentPage tab(boolean back) {
		Actions keys = new Actions(browser);
		(back ? keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : keys.sendKeys(Keys.TAB)).perform();
		return this;
	}

	public DocumentPage press(CharSequence key) {
		new Actions(browser).sendKeys(key).perform();
		return this;
	}

	/** The field whose row has the keyboard focus. */
	public String focusedField() {
		return browser.switchTo().activeElement().getAttribute("data-field");
	}

	public DocumentPage awaitActive(String key) {
		await(SHORT).until(driver -> key.equals(activeBox()) && key.equals(activeField()));
		return this;
	}

	public String activeBox() {
		return browser.findElements(By.cssSelector(".overlay .box.active")).stream()
			.map(box -> box.getAttribute("data-field")).findFirst().orElse(null);
	}

	public String activeField() {
		return browser.findElements(By.cssSelector(".field.active")).stream()
			.map(row -> row.getAttribute("data-field")).findFirst().orElse(null);
	}

	/** Where a field's box is drawn on the screen now, after zoom, pan and rotation. */
	public Rectangle boxOnScreen(String key) {
		return rectangle(".overlay .box[data-field='" + key + "']");
	}

	public Rectangle viewerOnScreen() {
		return rectangle(".viewer");
	}

	/** The drawn bounds from the browser itself: WebDriver's element rect does not apply CSS transforms. */
	private Rectangle rectangle(String selector) {
		@SuppressWarnings("unchecked")
		Map<String, Number> r = (Map<String, Number>) script("""
				const r = document.querySelector(arguments[0]).getBoundingClientRect();
				return { x: r.x, y: r.y, w: r.width, h: r.height };
				""", selector);
		return new Rectangle((int) Math.round(r.get("x").doubleValue()), (int) Math.round(r.get("y").doubleValue()),
				(int) Math.round(r.get("h").doubleValue()), (int) Math.round(r.get("w").doubleValue()));
	}

	public DocumentPage zoomIn() {
		return toolbar("zoom-in");
	}

	public DocumentPage rotate() {
		return toolbar("rotate");
	}

	/** Turns the mouse wheel over the middle of the viewer (negative: away from the user, zooming in). */
	public DocumentPage wheel(int deltaY) {
		script("""
				const viewer = document.querySelector('.viewer');
				const r = viewer.getBoundingClientRect();
				viewer.dispatchEvent(new WheelEvent('wheel', { deltaY: arguments[0], clientX: r.left + r.width / 2,
				  clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
				""", deltaY);
		return this;
	}

	/** Drags the scan with the mouse by this many pixels. */
	public DocumentPage drag(int dx, int dy) {
		WebElement viewer = browser.findElement(By.cssSelector(".viewer"));
		new Actions(browser).moveToElement(viewer, -200, -150).clickAndHold().moveByOffset(dx, dy).release().perform();
		return this;
	}

	public double scale() {
		return Double.parseDouble(browser.findElement(By.cssSelector(".viewer")).getAttribute("data-scale"));
	}

	public int rotation() {
		return Integer.parseInt(browser.findElement(By.cssSelector(".viewer")).getAttribute("data-rotation"));
	}

	public String fieldLabel(String key) {
		return field(key).findElement(By.cssSelector(".field-label")).getText();
	}

	public String fieldValue(String key) {
		return field(key).findElement(By.cssSelector(".field-value")).getText();
	}

	/** The colour level of each field (ok, warn, bad) by key, in panel order. */
	public Map<String, String> levels() {
		Map<String, String> levels = new LinkedHashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector(".field-list .field"))) {
			levels.put(row.getAttribute("data-field"), row.getAttribute("data-level"));
		}
		return levels;
	}

	public List<String> shortcuts() {
		return browser.findElements(By.cssSelector("#shortcuts kbd")).stream().map(WebElement::getText).toList();
	}

	public DocumentPage switchToEnglish() {
		clickLanguage("lang-en");
		return awaitShown();
	}

	private DocumentPage toolbar(String action) {
		browser.findElement(By.cssSelector(".viewer-toolbar [data-action='" + action + "']")).click();
		return this;
	}

	private WebElement field(String key) {
		return browser.findElement(By.cssSelector(".field-list .field[data-field='" + key + "']"));
	}
}
