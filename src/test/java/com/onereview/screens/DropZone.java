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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The drop zone and live upload list (upload.js) on the upload screen and on a teller's case page. */
final class DropZone {

	private final WebDriver browser;

	DropZone(WebDriver browser) {
		this.browser = browser;
	}

	/** Chooses files with the file picker (the input a click on "choose files" opens). */
	void choose(Path... files) {
		String paths = List.of(files).stream().map(file -> file.toAbsolutePath().toString())
			.collect(Collectors.joining("\n"));
		browser.findElement(By.id("file-input")).sendKeys(paths);
	}

	/**
	 * Drops files on the drop zone. WebDriver cannot drag from the desktop, so the page gets the same drop event a
	 * desktop drag produces: a DataTransfer holding the files' bytes.
	 */
	void drop(Path... files) {
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
	}

	/** Records each row's state changes from now on, so a test can see the live steps, not only the last one. */
	void recordStates() {
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
	}

	@SuppressWarnings("unchecked")
	List<String> statesSeen(String fileName) {
		return (List<String>) script("return (window.__states || {})[arguments[0]] || [];", fileName);
	}

	void awaitState(String fileName, String state, Duration timeout) {
		new WebDriverWait(browser, timeout).until(driver -> state.equals(attribute(fileName, "data-state")));
	}

	String attribute(String fileName, String name) {
		List<WebElement> rows = rows(fileName);
		return rows.isEmpty() ? null : rows.get(0).getAttribute(name);
	}

	WebElement row(String fileName) {
		return rows(fileName).get(0);
	}

	private List<WebElement> rows(String fileName) {
		return browser.findElements(By.cssSelector("#upload-list tr.upload-row"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector(".file-name")).getText().equals(fileName))
			.toList();
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
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
