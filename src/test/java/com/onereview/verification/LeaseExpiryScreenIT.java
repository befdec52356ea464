package com.onereview.verification;

import java.time.Duration;

import com.onereview.BrowserSession;
import com.onereview.screens.LoginPage;
import com.onereview.screens.QueuePage;
import com.onereview.screens.ReviewPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim left idle on the review screen runs out; the case shows up in another verifier's queue, which is open
 * all the while and refreshes itself. The second verifier logs in before the claim, so that a slow browser start
 * on a loaded machine cannot eat the lease.
 */
@TestPropertySource(properties = { "onereview.verification.lease=15s", "onereview.verification.lease-sweep-interval=1s",
		"onereview.verification.queue-refresh=1s" })
class LeaseExpiryScreenIT extends BrowserSession {

	@Test
	void anIdleClaimExpiresAndTheCaseReturnsToTheQueue() throws Exception {
		String caseId = ScreenCases.submitted(api, "teller")[0];
		WebDriver second = anotherBrowser();
		QueuePage other = LoginPage.openExpectingLogin(second, baseUrl(), "/queue")
			.asVerifier("verifier2", "verifier123")
			.awaitOfferedWithoutReload(caseId, Duration.ofSeconds(30));

		ReviewPage review = LoginPage.openExpectingLogin(browser, baseUrl(), "/queue")
			.asVerifier("verifier", "verifier123")
			.claim(caseId);
		assertThat(review.leaseLeft()).matches("0:(0\\d|1[0-5])");
		other.awaitGoneWithoutReload(caseId, Duration.ofSeconds(10));

		review.awaitLeaseExpired(Duration.ofSeconds(40));
		other.awaitOfferedWithoutReload(caseId, Duration.ofSeconds(30));
		assertThat(ScreenCases.state(api, "supervisor", caseId)).isEqualTo("PENDING_REVIEW");
		assertThat(other.claim(caseId).path()).isEqualTo("/cases/" + caseId + "/review");
	}
}
