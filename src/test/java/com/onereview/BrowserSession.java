package com.onereview;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium (Debian's {@code chromium} through {@code chromedriver}) driving the running service
 * ({@link RunningService}): one fresh browser profile per test, 1366x768, Chinese first like a bank's PCs.
 * After each test the screen is saved to {@code target/screenshots/<Class>-<test>.png}. Without Chromium the
 * test is skipped, unless {@code ONEREVIEW_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
public abstract class BrowserSession extends RunningService {

	static final Path CHROMIUM = Path.of(System.getProperty("onereview.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("onereview.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of(System.getProperty("onereview.screenshots", "target/screenshots"));

	protected WebDriver browser;

	private final List<WebDriver> others = new java.util.ArrayList<>();

	private final List<Path> profiles = new java.util.ArrayList<>();

	private String testName;

	@BeforeEach
	void startBrowser(TestInfo test) throws IOException {
		requireBrowser();
		testName = test.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
				+ test.getTestMethod().map(method -> method.getName()).orElse("run");
		browser = newBrowser();
	}

	/** A second, separate browser (its own profile and session), e.g. for another user; quit after the test. */
	protected WebDriver anotherBrowser() throws IOException {
		WebDriver other = newBrowser();
		others.add(other);
		return other;
	}

	private WebDriver newBrowser() throws IOException {
		Path profile = Files.createTempDirectory("onereview-chromium-");
		profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1366,768", "--lang=zh-CN");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	@AfterEach
	void stopBrowser() throws IOException {
		try {
			if (browser != null) {
				screenshot(testName);
			}
		}
		finally {
			if (browser != null) {
				browser.quit();
			}
			others.forEach(WebDriver::quit);
			others.clear();
			for (Path profile : profiles) {
				FileSystemUtils.deleteRecursively(profile);
			}
			profiles.clear();
		}
	}

	/** The service's address, for page objects. */
	protected String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
	protected Path screenshot(String name) throws IOException {
		return screenshot(browser, name);
	}

	/** Saves what a browser shows now as {@code target/screenshots/<name>.png}. */
	protected Path screenshot(WebDriver of, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) of).getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	private static void requireBrowser() {
		List<Path> missing = List.of(CHROMIUM, CHROMEDRIVER).stream().filter(path -> !Files.isExecutable(path)).toList();
		if (missing.isEmpty()) {
			return;
		}
		String message = "Browser tests need Debian's chromium and chromium-driver (bin/setup --browser); missing: "
				+ missing;
		if (Boolean.parseBoolean(System.getenv("ONEREVIEW_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(message);
		}
		Assumptions.abort(message);
	}
}
