package com.onereview.verification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.onereview.BrowserSession;
import com.onereview.screens.CasePage;
import com.onereview.screens.LoginPage;
import com.onereview.screens.QueuePage;
import com.onereview.screens.ReviewPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's screens in headless Chromium. Every machine reading is below the threshold here (1.0), so every
 * field read must be re-keyed blind: the screen has to work for the whole case, not one field.
 */
@TestPropertySource(properties = "onereview.verification.confidence-threshold=1.0")
class VerificationScreenIT extends BrowserSession {

	@Test
	void aVerifierClaimsReKeysBlindCorrectsAndApprovesWithTheKeyboard() throws Exception {
		String[] made = ScreenCases.submitted(api, "teller");
		String caseId = made[0];
		Map<String, String> machine = CaseFixtures.machineValues(jdbc, made[1]);
		String blind = "companyName";
		assertThat(machine.get(blind)).isNotBlank();

		QueuePage queue = LoginPage.openExpectingLogin(browser, baseUrl(), "/queue").asVerifier("verifier",
				"verifier123");
		assertThat(queue.caseIds()).contains(caseId);
		assertThat(queue.countdown(caseId)).matches("(剩余|已超时) .+");
		save("queue");
		ReviewPage review = queue.claim(caseId);
		assertThat(review.path()).isEqualTo("/cases/" + caseId + "/review");

		// blind: an empty input, and the machine's reading nowhere on the page
		assertThat(review.status(blind)).isEqualTo("REKEY");
		assertThat(review.inputValue(blind)).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain(machine.get(blind));
		review.focus(blind);
		assertThat(review.highlightedBox()).isEqualTo(blind);
		assertThat(review.shortcuts()).contains("Ctrl+Enter", "R", "J");
		save("review");

		review.type(blind, machine.get(blind));
		assertThat(review.status(blind)).isEqualTo("CONFIRMED");
		assertThat(review.focusedField()).isNotEqualTo(blind); // Enter moved on

		// a mismatch shows both values side by side; a typed correction resolves it
		String corrected = "address";
		review.type(corrected, "错误的地址");
		assertThat(review.status(corrected)).isEqualTo("CONFLICT");
		assertThat(review.conflictShown(corrected)).isTrue();
		assertThat(review.machineValueShown(corrected)).isEqualTo(machine.get(corrected));
		assertThat(review.rekeyedValueShown(corrected)).isEqualTo("错误的地址");
		review.type(corrected, machine.get(corrected) + "（核对）");
		assertThat(review.status(corrected)).isEqualTo("CORRECTED");

		for (String key : review.fieldKeys()) {
			resolve(review, key, machine.get(key));
		}
		assertThat(review.openCount()).isEqualTo("0");

		CasePage page = review.approveWithKeyboard();
		assertThat(page.state()).isEqualTo("APPROVED");
		assertThat(ScreenCases.state(api, "supervisor", caseId)).isEqualTo("APPROVED");
		assertThat(page.auditActions()).contains("CLAIMED", "FIELD_REKEYED", "FIELD_CORRECTED", "APPROVED");
		assertThat(page.auditRows()).anySatisfy(row -> assertThat(row).contains("错误的地址"));
		assertThat(api.get("verifier", "/api/cases/" + caseId + "/audit?format=csv").body()).contains("APPROVED");
		String corrections = jdbc.sql("SELECT new_value FROM audit_event WHERE case_id = ? AND action = 'FIELD_CORRECTED'")
			.param(caseId).query(String.class).single();
		assertThat(corrections).isEqualTo(machine.get(corrected) + "（核对）");
		// handling time: the screen reported active seconds for the case and the fields worked on
		assertThat(jdbc.sql("SELECT active_seconds FROM verification_case WHERE id = ?").param(caseId)
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT SUM(active_seconds) FROM case_field WHERE case_id = ?").param(caseId)
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aSupervisorReassignsAClaimedCaseFromTheQueueInEnglish() {
		String caseId = ScreenCases.submitted(api, "teller")[0];
		assertThat(api.post("verifier", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);

		QueuePage queue = LoginPage.openExpectingLogin(browser, baseUrl(), "/queue").asVerifier("supervisor",
				"supervisor123");
		assertThat(queue.caseIds()).contains(caseId); // a supervisor's queue shows all cases, claimed ones too
		QueuePage english = queue.switchToEnglish();
		assertThat(english.heading()).isEqualTo("Verification queue");
		assertThat(english.cases()).anySatisfy(row -> assertThat(row).contains(caseId, "In review", "verifier"));

		QueuePage after = english.reassign(caseId, "verifier2");
		assertThat(after.cases()).anySatisfy(row -> assertThat(row).contains(caseId, "verifier2"));
		assertThat(CaseFixtures.detail(api, "supervisor", caseId).get("summary").get("claimedBy").asString())
			.isEqualTo("verifier2");
		assertThat(api.get("supervisor", "/api/cases/" + caseId + "/audit").body()).contains("REASSIGNED");
	}

	@Test
	void theMakerCannotVerifyTheirOwnCaseEvenByOpeningTheReviewAddress() {
		String caseId = ScreenCases.submitted(api, "admin")[0];
		LoginPage.openExpectingLogin(browser, baseUrl(), "/queue").asVerifier("admin", "admin123");

		CasePage page = CasePage.open(browser, baseUrl(), "/cases/" + caseId + "/review");
		assertThat(page.path()).startsWith("/cases/" + caseId + "?notice=maker");
		assertThat(page.notice()).contains("双人原则");
		assertThat(page.offersReview()).isFalse();

		String refusal = QueuePage.open(browser, baseUrl()).claimRefused(caseId);
		assertThat(refusal).contains("双人原则");
		assertThat(ScreenCases.state(api, "supervisor", caseId)).isEqualTo("PENDING_REVIEW");
		assertThat(api.post("admin", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(403);
	}

	@Test
	void twoVerifiersRaceForOneCaseAndExactlyOneWins() throws Exception {
		String caseId = ScreenCases.submitted(api, "teller")[0];
		WebDriver second = anotherBrowser();
		QueuePage first = LoginPage.openExpectingLogin(browser, baseUrl(), "/queue").asVerifier("verifier",
				"verifier123");
		QueuePage other = LoginPage.openExpectingLogin(second, baseUrl(), "/queue").asVerifier("verifier2",
				"verifier123");

		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> first.clickClaim(caseId));
		CompletableFuture<Void> two = CompletableFuture.runAsync(() -> other.clickClaim(caseId));
		CompletableFuture.allOf(one, two).join();
		List<Boolean> won = List.of(first.awaitClaimOutcome(), other.awaitClaimOutcome());

		assertThat(won).containsExactlyInAnyOrder(true, false);
		QueuePage loser = won.get(0) ? other : first;
		String winner = won.get(0) ? "verifier" : "verifier2";
		assertThat(loser.message()).contains("无法领取").contains(winner);
		screenshot(won.get(0) ? second : browser, "VerificationScreenIT-race-loser");
		assertThat(CaseFixtures.detail(api, "supervisor", caseId).get("summary").get("claimedBy").asString())
			.isEqualTo(winner);
	}

	/** Brings a field to a resolved status the way a verifier would: re-key from the scan, or confirm it empty. */
	private static void resolve(ReviewPage review, String key, String machineValue) {
		switch (review.status(key)) {
			case "REKEY" -> review.type(key, machineValue);
			case "MISSING" -> review.confirmEmpty(key);
			case "CONFLICT" -> review.takeMachines(key);
			default -> {
			}
		}
	}

	private void save(String name) throws Exception {
		Path shot = screenshot("VerificationScreenIT-" + name);
		Files.copy(shot, shot.resolveSibling(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}
}
