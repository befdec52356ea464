package com.onereview.screens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The teller's upload screen: drop zone, file picker, per-file progress and live status. */
public final class UploadPage extends Screen {

	private final DropZone zone;

	UploadPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
		this.zone = new DropZone(browser);
	}

	public static UploadPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/upload");
		return new UploadPage(browser, baseUrl).awaitShown();
	}

	UploadPage awaitShown() {
		await(SHORT).until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
		return this;
	}

	/** Chooses files with the file picker (the input a click on "choose files" opens). */
	public UploadPage choose(Path... files) {
		zone.choose(files);
		return this;
	}

	/** Drops files on the drop zone, as a drag from the desktop does. */
	public UploadPage drop(Path... files) {
		zone.drop(files);
		return this;
	}

	/** Waits until the file's row shows this state (uploading, RECEIVED, PROCESSING, EXTRACTED, FAILED, refused). */
	public UploadPage awaitState(String fileName, String state, Duration timeout) {
		zone.awaitState(fileName, state, timeout);
		return this;
	}

	/** Every state a row passed through, as seen by a watcher on the page (set up by {@link #recordStates}). */
	public List<String> statesSeen(String fileName) {
		return zone.statesSeen(fileName);
	}

	/** Records each row's state changes from now on, so a test can see the live steps, not only the last one. */
	public UploadPage recordStates() {
		zone.recordStates();
		return this;
	}

	public String stateText(String fileName) {
		return zone.row(fileName).findElement(By.cssSelector(".state")).getText();
	}

	public int progress(String fileName) {
		return Integer.parseInt(zone.attribute(fileName, "data-progress"));
	}

	public int progressEvents(String fileName) {
		return Integer.parseInt(zone.attribute(fileName, "data-progress-events"));
	}

	public String documentId(String fileName) {
		return zone.attribute(fileName, "data-document-id");
	}

	public DocumentPage view(String fileName) {
		zone.row(fileName).findElement(By.cssSelector("a.view")).click();
		return new DocumentPage(browser, baseUrl).awaitShown();
	}
}
