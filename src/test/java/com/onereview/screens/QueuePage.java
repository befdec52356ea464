package com.onereview.screens;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The verifier's queue (a placeholder list of cases for now). */
public final class QueuePage extends Screen {

	QueuePage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
	}

	QueuePage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
		return this;
	}

	/** Each case row's cells' text. */
	public List<List<String>> cases() {
		return browser.findElements(By.cssSelector("#queue tr.case-row"))
			.stream()
			.map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
	}

	public boolean showsUploadLink() {
		return !browser.findElements(By.id("nav-upload")).isEmpty();
	}
}
