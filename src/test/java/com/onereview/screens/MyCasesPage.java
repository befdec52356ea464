package com.onereview.screens;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The teller's landing page: 我的案件 with 新建开户. */
public final class MyCasesPage extends Screen {

	/** One row of the list as the teller sees it. */
	public record Row(String caseId, String state, String stateText, boolean highlighted, String reason) {
	}

	MyCasesPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	public static MyCasesPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/cases");
		return new MyCasesPage(browser, baseUrl).awaitShown();
	}

	MyCasesPage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("my-cases")));
		return this;
	}

	/** 新建开户: a new draft case, opened. */
	public TellerCasePage newAccountOpening() {
		browser.findElement(By.id("new-case")).click();
		return new TellerCasePage(browser, baseUrl).awaitShown();
	}

	public List<Row> rows() {
		return browser.findElements(By.cssSelector("#my-cases tr.case-row")).stream().map(MyCasesPage::row).toList();
	}

	public TellerCasePage open(String caseId) {
		browser.findElement(By.cssSelector("#my-cases tr[data-case-id='" + caseId + "'] a.open")).click();
		return new TellerCasePage(browser, baseUrl).awaitShown();
	}

	private static Row row(WebElement tr) {
		return new Row(tr.getAttribute("data-case-id"), tr.getAttribute("data-state"),
				tr.findElement(By.cssSelector(".chip")).getText(),
				tr.getAttribute("class").contains("returned"), tr.findElement(By.cssSelector(".reason")).getText());
	}
}
