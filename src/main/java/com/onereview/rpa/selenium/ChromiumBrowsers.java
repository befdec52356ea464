package com.onereview.rpa.selenium;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages, a bounded number at once, each with a fresh profile
 * that is deleted afterwards. The flags keep it from reaching for hosts a bank's network does not
 * allow (../shared/STACK.md).
 */
public final class ChromiumBrowsers {

	private final String chromium;

	private final String chromedriver;

	private final Duration pageTimeout;

	private final Semaphore slots;

	public ChromiumBrowsers(String chromium, String chromedriver, Duration pageTimeout, int browsers) {
		this.chromium = chromium;
		this.chromedriver = chromedriver;
		this.pageTimeout = pageTimeout;
		this.slots = new Semaphore(browsers, true);
	}

	/** A browser for one piece of work; closing it frees the slot and deletes the profile. */
	public Browser open() {
		try {
			if (!slots.tryAcquire(pageTimeout.toMillis() * 3, TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("no browser free within " + pageTimeout.multipliedBy(3));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted waiting for a browser", ex);
		}
		Path profile = null;
		try {
			profile = Files.createTempDirectory("onereview-chromium-");
			ChromeOptions options = new ChromeOptions().setBinary(chromium)
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(chromedriver))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(pageTimeout).scriptTimeout(pageTimeout);
			return new Browser(driver, profile, slots);
		}
		catch (IOException | RuntimeException ex) {
			slots.release();
			delete(profile);
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	/** One open browser. */
	public static final class Browser implements AutoCloseable {

		private final WebDriver driver;

		private final Path profile;

		private final Semaphore slots;

		Browser(WebDriver driver, Path profile, Semaphore slots) {
			this.driver = driver;
			this.profile = profile;
			this.slots = slots;
		}

		public WebDriver driver() {
			return driver;
		}

		@Override
		public void close() {
			try {
				driver.quit();
			}
			finally {
				slots.release();
				delete(profile);
			}
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temp profile is harmless
		}
	}
}
