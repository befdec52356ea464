package com.onereview.screens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The teller's upload screen: drop zone, file picker, per-file progress and live status. */
public final class UploadPage extends Screen {

	UploadPage(WebDriver browser, String baseUrl) {
		super(browser, baseUrl);
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
		String paths = List.of(files).stream().map(file -> file.toAbsolutePath().toString())
			.collect(Collectors.joining("\n"));
		browser.findElement(By.id("file-input")).sendKeys(paths);
		return this;
	}

	/**
	 * Drops files on the drop zone. WebDriver cannot drag from the desktop, so the page gets the same drop event a
	 * desktop drag produces: a DataTransfer holding the files' bytes.
	 */
	public UploadPage drop(Path... files) {
		List<List<String>> payload = List.of(files).stream()
			.map(file -> List.of(file.getFileName().toString(), base64(file)))
			.toList();
		script("""
				const transfer = new DataTransfer();
				for (const [name, data] of arguments[0]) {
				  const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
				  transfer.items.add(new File([bytes], name, { type: 'image/png' }));
				}
				const zone = document.getElementById('drop-zone');
				for (const type of ['dragenter', 'dragover', 'drop']) {
				  zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
				}
				""", payload);
		return this;
	}

	/** Waits until the file's row shows this state (uploading, RECEIVED, PROCESSING, EXTRACTED, FAILED, refused). */
	public UploadPage awaitState(String fileName, String state, Duration timeout) {
		await(timeout).until(driver -> state.equals(attribute(fileName, "data-state")));
		return this;
	}

	/** Every state a row passed through, as seen by a watcher on the page (set up by {@link #recordStates}). */
	@SuppressWarnings("unchecked")
	public List<String> statesSeen(String fileName) {
		return (List<String>) script("return (window.__states || {})[arguments[0]] || [];", fileName);
	}

	/** Records each row's state changes from now on, so a test can see the live steps, not only the last one. */
	public UploadPage recordStates() {
		script("""
				window.__states = {};
				new MutationObserver(changes => {
				  for (const change of changes) {
				    const row = change.target;
				    const name = row.querySelector('.file-name')?.textContent;
				    if (name && row.dataset.state) {
				      const seen = (window.__states[name] ||= []);
				      if (seen[seen.length - 1] !== row.dataset.state) seen.push(row.dataset.state);
				    }
				  }
				}).observe(document.getElementById('upload-list'), { subtree: true, attributes: true, attributeFilter: ['data-state'] });
				""");
		return this;
	}

	public String stateText(String fileName) {
		return row(fileName).findElement(By.cssSelector(".state")).getText();
	}

	public int progress(String fileName) {
		return Integer.parseInt(attribute(fileName, "data-progress"));
	}

	public int progressEvents(String fileName) {
		return Integer.parseInt(attribute(fileName, "data-progress-events"));
	}

	public String documentId(String fileName) {
		return attribute(fileName, "data-document-id");
	}

	public DocumentPage view(String fileName) {
		row(fileName).findElement(By.cssSelector("a.view")).click();
		return new DocumentPage(browser, baseUrl).awaitShown();
	}

	private String attribute(String fileName, String name) {
		List<WebElement> rows = rows(fileName);
		return rows.isEmpty() ? null : rows.get(0).getAttribute(name);
	}

	private WebElement row(String fileName) {
		return rows(fileName).get(0);
	}

	private List<WebElement> rows(String fileName) {
		return browser.findElements(By.cssSelector("#upload-list tr.upload-row"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector(".file-name")).getText().equals(fileName))
			.toList();
	}

	private static String base64(Path file) {
		try {
			return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
