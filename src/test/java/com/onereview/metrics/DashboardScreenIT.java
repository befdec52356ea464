package com.onereview.metrics;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.BrowserSession;
import com.onereview.screens.DashboardPage;
import com.onereview.screens.LoginPage;
import com.onereview.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A supervisor reads the seeded scenario's figures off the dashboard: the same numbers the API gives. */
class DashboardScreenIT extends BrowserSession {

	private static final String RANGE = "?from=" + MetricsScenario.FROM + "&to=" + MetricsScenario.TO;

	@Autowired
	UserAccounts users;

	@BeforeEach
	void seed() {
		MetricsScenario.seed(jdbc, users);
	}

	@Test
	void supervisorReadsTheKnownFiguresOffTheDashboard() throws IOException {
		LoginPage.open(browser, baseUrl()).asVerifier("supervisor", "supervisor123");
		DashboardPage dashboard = DashboardPage.open(browser, baseUrl(), RANGE);
		JsonNode api = summary(RANGE);

		assertThat(dashboard.heading()).isEqualTo("主管看板");
		assertThat(dashboard.hoursSaved()).isEqualTo("0.79").isEqualTo(fixed(api.at("/timeSaved/hours"), 2));
		assertThat(dashboard.ftePerDay()).isEqualTo("0.05").isEqualTo(fixed(api.at("/timeSaved/ftePerDay"), 2));
		assertThat(dashboard.straightThrough()).isEqualTo("45.5%");
		assertThat(dashboard.slaBreached()).isEqualTo("21.4%");
		assertThat(dashboard.decided()).isEqualTo("15");
		assertThat(dashboard.queueNow()).isEqualTo(String.valueOf(api.at("/quality/queue/length").asInt()));
		assertThat(dashboard.savedPerDay()).containsExactly(entry("11-02", "0.43"), entry("11-03", "0.36"),
				entry("11-04", ""));
		assertThat(dashboard.correctionsPerField()).hasSize(8)
			.containsEntry("名称", "37.5% (3/8)")
			.containsEntry("金额（小写）", "33.3% (1/3)")
			.containsEntry("统一社会信用代码", "0.0% (0/8)");
		assertThat(dashboard.correctionsPerField().keySet()).first().isEqualTo("名称");

		assertThat(dashboard.verifiers().keySet()).containsExactly("hong", "jun", "lei", "ming", "yan");
		assertThat(dashboard.verifiers().get("ming")).containsExactly("复核员 周明 (ming)", "3", "240", "16.7%", "33.3%",
				"-0.67", "");
		assertThat(dashboard.verifiers().get("yan")).containsExactly("复核员 孙燕 (yan)", "3", "40", "0.0%", "0.0%",
				"-14.16", "明显偏快 疑似走过场");
		assertThat(dashboard.highlighted()).containsExactly("yan");
		assertThat(dashboard.exportLink()).endsWith("/api/metrics/export.csv" + RANGE);

		browser.manage().window().setSize(new Dimension(1366, 1400));
		screenshot("dashboard");
		browser.manage().window().setSize(new Dimension(1366, 768));

		DashboardPage vouchers = dashboard.filterByKind("凭证录入");
		assertThat(vouchers.decided()).isEqualTo("5");
		assertThat(vouchers.hoursSaved()).isEqualTo("0.02");
		assertThat(vouchers.straightThrough()).isEqualTo("66.7%");
		assertThat(vouchers.switchToEnglish().heading()).isEqualTo("Supervisor dashboard");
	}

	@Test
	void filterTextIsShownAsTextNeverRun() {
		LoginPage.open(browser, baseUrl()).asVerifier("supervisor", "supervisor123");
		String planted = "\"><img src=x onerror=\"window.__xss=1\">";
		DashboardPage dashboard = DashboardPage.open(browser, baseUrl(),
				RANGE + "&branch=" + URLEncoder.encode(planted, StandardCharsets.UTF_8));
		assertThat(dashboard.branchFilter()).isEqualTo(planted);
		assertThat(dashboard.injectedScriptResult()).isNull();
		assertThat(dashboard.decided()).isEqualTo("0");
	}

	private JsonNode summary(String query) {
		HttpResponse<String> response = api.get("supervisor", "/api/metrics/summary" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		return ApiClient.json(response.body());
	}

	private static String fixed(JsonNode number, int places) {
		return String.format(Locale.ROOT, "%." + places + "f", number.asDouble());
	}

	private static Map.Entry<String, String> entry(String key, String value) {
		return Map.entry(key, value);
	}
}
