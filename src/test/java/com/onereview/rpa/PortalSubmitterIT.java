package com.onereview.rpa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.onereview.RunningService;
import com.onereview.extraction.CreditCode;
import com.onereview.rpa.selenium.ChromiumBrowsers;
import com.onereview.rpa.selenium.SeleniumPortalSubmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Selenium submitter in headless Chromium against the simulated portal, on its good and bad days.
 * Every test counts the filings the portal holds for its reference afterwards.
 */
@TestPropertySource(properties = { "onereview.simulator.enabled=true", "onereview.simulator.api-key=it-key" })
class PortalSubmitterIT extends RunningService {

	private static final Path EVIDENCE = Path.of("target", "screenshots");

	@BeforeAll
	static void browserInstalled() {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium"))
				&& Files.isExecutable(Path.of("/usr/bin/chromedriver"));
		if (!installed && Boolean.parseBoolean(System.getenv("ONEREVIEW_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("chromium and chromedriver are required (bin/setup --browser)");
		}
		Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed (bin/setup --browser)");
	}

	@AfterEach
	void clearFaults() throws Exception {
		admin("DELETE", "/faults", null);
	}

	@Test
	void filesWithAReceiptAndScreenshotAndNeverTwice(TestInfo test) throws Exception {
		Filing filing = filing("130102", "BASIC", "050000");

		FilingReceipt receipt = submitter(Duration.ofSeconds(15)).submit(filing);

		assertThat(receipt.receiptNo()).matches("BA\\d{14}");
		assertThat(receipt.alreadyFiled()).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(receipt.screenshot())).getWidth()).isGreaterThan(600);
		keep(test, receipt.screenshot());
		FilingReceipt again = submitter(Duration.ofSeconds(15)).submit(filing);
		assertThat(again.alreadyFiled()).isTrue();
		assertThat(again.receiptNo()).isEqualTo(receipt.receiptNo());
		assertThat(filingsFor(filing)).isEqualTo(1);
	}

	@Test
	void aPortalDownForMaintenanceIsUnavailableAndNothingIsFiled() throws Exception {
		admin("PUT", "/faults", "{\"down\": true}");
		Filing filing = filing("130102", "GENERAL", "050000");

		assertThatThrownBy(() -> submitter(Duration.ofSeconds(10)).submit(filing))
			.isInstanceOf(PortalException.Unavailable.class)
			.hasMessageContaining("maintenance");
		admin("DELETE", "/faults", null);
		assertThat(filingsFor(filing)).isZero();
	}

	@Test
	void aSlowPortalIsWaitedForWithinTheTimeoutAndGivenUpBeyondIt() throws Exception {
		admin("PUT", "/faults", "{\"latency\": \"PT1.5S\"}");
		Filing slow = filing("130102", "GENERAL", "050000");
		assertThatThrownBy(() -> submitter(Duration.ofSeconds(1)).submit(slow))
			.isInstanceOf(PortalException.Unavailable.class);

		admin("PUT", "/faults", "{\"latency\": \"PT0.3S\"}");
		assertThat(submitter(Duration.ofSeconds(10)).submit(slow).receiptNo()).startsWith("BA");
		admin("DELETE", "/faults", null);
		assertThat(filingsFor(slow)).isEqualTo(1);
	}

	@Test
	void thePortalsValidationErrorComesBackWithItsMessageAndNothingIsFiled(TestInfo test) throws Exception {
		Filing filing = filing("130102", "GENERAL", "05000");

		PortalException.Rejected rejected = catchThrowableOfType(PortalException.Rejected.class,
				() -> submitter(Duration.ofSeconds(10)).submit(filing));

		assertThat(rejected.getMessage()).contains("邮政编码").contains("6位数字");
		keep(test, rejected.screenshot());
		assertThat(rejected.screenshot()).isNotEmpty();
		assertThat(filingsFor(filing)).isZero();
	}

	@Test
	void aSessionThatExpiresMidFormIsLoggedIntoAgainAndFilesOnce() throws Exception {
		admin("PUT", "/faults", "{\"expireAfterStep\": 1}");
		Filing filing = filing("130102", "SPECIAL", "050000");

		FilingReceipt receipt = submitter(Duration.ofSeconds(10)).submit(filing);

		assertThat(receipt.alreadyFiled()).isFalse();
		assertThat(filingsFor(filing)).isEqualTo(1);
	}

	@Test
	void aDepositorFromAnotherRegionGoesThroughTheConsultation() throws Exception {
		Filing filing = filing("110105", "GENERAL", "100020");

		assertThat(submitter(Duration.ofSeconds(10)).submit(filing).receiptNo()).startsWith("BA");
		assertThat(filingsFor(filing)).isEqualTo(1);
	}

	@Test
	void aRenamedFieldFailsLoudlyBeforeAnythingIsFiled(TestInfo test) throws Exception {
		admin("PUT", "/faults", "{\"renamedFields\": {\"txtPostcode\": \"txtZipCode\"}}");
		Filing filing = filing("130102", "GENERAL", "050000");

		PortalException.Changed changed = catchThrowableOfType(PortalException.Changed.class,
				() -> submitter(Duration.ofSeconds(5)).submit(filing));

		assertThat(changed.getMessage()).contains("txtPostcode");
		keep(test, changed.screenshot());
		admin("DELETE", "/faults", null);
		assertThat(filingsFor(filing)).isZero();
	}

	@Test
	void aSecondBasicAccountIsTheDataConflictThePortalReports() throws Exception {
		Filing first = filing("130102", "BASIC", "050000");
		submitter(Duration.ofSeconds(10)).submit(first);
		Filing second = new Filing(UUID.randomUUID().toString(), first.bankCode(), "BASIC", "6222000011112222",
				first.openingDate(), first.depositorName(), first.creditCode(), first.regionCode(), "CNY",
				first.capitalAmount(), first.legalRepName(), first.legalRepIdType(), first.legalRepIdNumber(),
				first.address(), first.postcode(), first.phone(), first.businessScope(), first.industryCode(),
				first.depositorCategory(), first.proofType(), first.proofNumber(), first.proofExpiry(), "");

		assertThatThrownBy(() -> submitter(Duration.ofSeconds(10)).submit(second))
			.isInstanceOf(PortalException.Rejected.class)
			.hasMessageContaining("数据冲突");
		assertThat(filingsFor(second)).isZero();
	}

	private SeleniumPortalSubmitter submitter(Duration timeout) {
		return new SeleniumPortalSubmitter(URI.create("http://127.0.0.1:" + port + "/sim/portal/"), "rpa", "rpa-pass",
				new ChromiumBrowsers("/usr/bin/chromium", "/usr/bin/chromedriver", timeout, 1), timeout, 2);
	}

	/** A filing for a new company with a valid credit code registered in {@code region}. */
	static Filing filing(String region, String accountKind, String postcode) {
		String random = UUID.randomUUID().toString().replaceAll("[^0-9]", "") + "0000000000";
		String first17 = "91" + region + random.substring(0, 9);
		String code = first17 + CreditCode.checkCharacter(first17);
		return new Filing(UUID.randomUUID().toString(), "103121000017", accountKind, "6222" + random.substring(0, 12),
				"2026-11-24", "石家庄盛天物流有限公司" + random.substring(0, 3), code, region, "CNY", "10000000.00", "吴凯",
				"居民身份证", "13010219800101123X", "河北省石家庄市长安区学院路193号", postcode, "0311-86001234",
				"技术开发、技术咨询、技术服务", "I 信息传输、软件和信息技术服务业", "企业法人", "营业执照", code, "长期",
				"已与注册地人民银行完成协查");
	}

	private long filingsFor(Filing filing) {
		return jdbc.sql("SELECT COUNT(*) FROM sim_portal_filing WHERE reference = ?")
			.param(filing.reference())
			.query(Long.class)
			.single();
	}

	private void admin(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/sim/portal/admin" + path))
			.header("X-Api-Key", "it-key")
			.header("Content-Type", "application/json");
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
	}

	private static void keep(TestInfo test, byte[] png) throws IOException {
		Files.createDirectories(EVIDENCE);
		Files.write(EVIDENCE.resolve("portal-" + test.getTestMethod().orElseThrow().getName() + ".png"), png);
	}
}
