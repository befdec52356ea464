package com.onereview.screens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The supervisor's dashboard: filters, headline numbers, the two SVG charts, the verifier table. */
public final class DashboardPage extends Screen {

	DashboardPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	/** Opens the dashboard with a query string (e.g. {@code ?from=…&to=…}) in a logged-in browser. */
	public static DashboardPage open(WebDriver browser, String baseUrl, String query) {
		browser.get(baseUrl + "/dashboard" + query);
		return new DashboardPage(browser, baseUrl).awaitShown();
	}

	DashboardPage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("verifiers")));
		return this;
	}

	public String hoursSaved() {
		return text("headline-hours");
	}

	public String ftePerDay() {
		return text("headline-fte");
	}

	public String straightThrough() {
		return text("headline-straight-through");
	}

	public String slaBreached() {
		return text("headline-sla");
	}

	public String queueNow() {
		return text("headline-queue");
	}

	public String decided() {
		return text("count-decided");
	}

	/** The day chart's bars: label → value text (empty for a day without decisions). */
	public Map<String, String> savedPerDay() {
		return bars("#chart-saved .bar-group");
	}

	/** The field chart's bars, top to bottom: field label → rate text. */
	public Map<String, String> correctionsPerField() {
		return bars("#chart-fields .field-bar");
	}

	/** Each verifier's row cells, by user name. */
	public Map<String, List<String>> verifiers() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("#verifiers tr.verifier-row"))) {
			rows.put(row.getAttribute("data-username"),
					row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
		}
		return rows;
	}

	/** User names of the rows highlighted as outliers. */
	public List<String> highlighted() {
		return browser.findElements(By.cssSelector("#verifiers tr.verifier-row.outlier"))
			.stream()
			.map(row -> row.getAttribute("data-username"))
			.toList();
	}

	public String branchFilter() {
		return browser.findElement(By.id("filter-branch")).getAttribute("value");
	}

	public String exportLink() {
		return browser.findElement(By.id("export-csv")).getAttribute("href");
	}

	/** Chooses a form kind in the filter and shows the figures again. */
	public DashboardPage filterByKind(String visibleKind) {
		new Select(browser.findElement(By.id("filter-kind"))).selectByVisibleText(visibleKind);
		WebElement form = browser.findElement(By.id("dashboard-filters"));
		browser.findElement(By.id("filter-apply")).click();
		await(SHORT).until(ExpectedConditions.stalenessOf(form));
		return awaitShown();
	}

	public DashboardPage switchToEnglish() {
		clickLanguage("lang-en");
		return awaitShown();
	}

	private Map<String, String> bars(String selector) {
		Map<String, String> bars = new LinkedHashMap<>();
		for (WebElement bar : browser.findElements(By.cssSelector(selector))) {
			bars.put(bar.findElement(By.cssSelector(".bar-label")).getText(),
					bar.findElement(By.cssSelector(".bar-value")).getText());
		}
		return bars;
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}
}
