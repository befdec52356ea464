package com.onereview.security.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.BrowserSession;
import com.onereview.UniqueScans;
import com.onereview.screens.LoginPage;
import com.onereview.screens.QueuePage;
import com.onereview.screens.MyCasesPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out, landing by role, the language switch, session expiry and CSRF, in a real browser. */
class LoginScreenIT extends BrowserSession {

	@Test
	void aVerifierLandsOnTheQueueWhichListsTheCases() throws Exception {
		Path scan = Path.of("test-fixtures/business-license/001-clean-png/license.png");
		var response = api.upload("teller", Map.of("license.png", UniqueScans.bytes(scan)));
		String id = ApiClient.json(response.body()).get("documents").get(0).get("id").asString();
		api.awaitDocument("teller", id, doc -> doc.get("status").asString().equals("EXTRACTED"), Duration.ofSeconds(180));

		LoginPage login = LoginPage.openExpectingLogin(browser, baseUrl(), "/");
		assertThat(login.heading()).isEqualTo("登录 单一复核");
		QueuePage queue = login.asVerifier("verifier", "verifier123");

		assertThat(queue.path()).isEqualTo("/queue");
		assertThat(queue.heading()).isEqualTo("复核队列");
		assertThat(queue.role()).isEqualTo("复核员");
		assertThat(queue.showsUploadLink()).isFalse();
		// the waiting view lists what GET /api/cases?state=PENDING_REVIEW gives a verifier, in that (SLA) order
		// (the application context may hold other tests' cases)
		List<String> caseIds = new ArrayList<>();
		ApiClient.json(api.get("verifier", "/api/cases?state=PENDING_REVIEW").body())
			.forEach(c -> caseIds.add(c.get("id").asString()));
		assertThat(caseIds).isNotEmpty();
		assertThat(queue.caseIds()).containsExactlyElementsOf(caseIds);
		assertThat(queue.cases()).anySatisfy(row -> assertThat(row).contains("待复核", "开户"));

		LoginPage loggedOut = queue.logout();
		assertThat(loggedOut.notice()).isEqualTo("您已安全退出。");
		assertThat(LoginPage.openExpectingLogin(browser, baseUrl(), "/queue").path()).isEqualTo("/login");
	}

	@Test
	void aWrongPasswordIsRefusedInTheChosenLanguage() {
		LoginPage login = LoginPage.open(browser, baseUrl()).withWrongPassword("teller", "wrong");
		assertThat(login.error()).isEqualTo("用户名或密码不正确，请重新输入。");

		LoginPage english = login.switchToEnglish();
		assertThat(english.path()).isEqualTo("/login?lang=en");
		assertThat(english.submitLabel()).isEqualTo("Log in");
		assertThat(english.withWrongPassword("teller", "teller").error())
			.isEqualTo("Wrong user name or password. Please try again.");
		// the choice is kept (in a cookie) for the next pages
		MyCasesPage cases = english.asTeller("teller", "teller123");
		assertThat(cases.heading()).isEqualTo("My cases");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWithItAccepted() {
		MyCasesPage cases = LoginPage.open(browser, baseUrl()).asTeller("teller", "teller123");
		assertThat(cases.path()).isEqualTo("/cases");

		assertThat(post("/api/documents", false)).isEqualTo(403);
		assertThat(post("/documents", false)).isEqualTo(403);
		// with the page's token the same empty request gets past CSRF and is refused for holding no file
		assertThat(post("/api/documents", true)).isEqualTo(400);
	}

	@Test
	void aTimedOutSessionSendsThePersonBackToLoginSayingWhy() {
		LoginPage.open(browser, baseUrl()).asTeller("teller", "teller123");
		browser.manage().deleteCookieNamed("JSESSIONID");
		browser.manage().addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000"));

		LoginPage login = LoginPage.openExpectingLogin(browser, baseUrl(), "/upload");
		assertThat(login.notice()).isEqualTo("会话已超时，请重新登录。");
		assertThat(login.asTeller("teller", "teller123").path()).isEqualTo("/cases");
	}

	/** A same-origin POST from the logged-in page, with or without the CSRF header from the page's meta tags. */
	private long post(String path, boolean withToken) {
		Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
				const [path, withToken, done] = arguments;
				const headers = { 'Accept': 'application/json' };
				if (withToken) {
				  headers[document.querySelector('meta[name=_csrf_header]').content] =
				    document.querySelector('meta[name=_csrf]').content;
				}
				const body = new FormData();
				fetch(path, { method: 'POST', headers, body, redirect: 'manual' }).then(r => done(r.status), e => done(-1));
				""", path, withToken);
		return (Long) status;
	}
}
