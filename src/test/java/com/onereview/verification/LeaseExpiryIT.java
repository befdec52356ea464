package com.onereview.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A claim left idle past its lease goes back to the queue by the recurring sweep, audited. */
@TestPropertySource(properties = { "onereview.verification.lease=2s", "onereview.verification.lease-sweep-interval=1s" })
class LeaseExpiryIT extends RunningService {

	@Test
	void anIdleClaimReturnsToTheQueue() throws InterruptedException {
		String caseId = CaseFixtures.submittedCase(api, "teller");
		JsonNode claim = ApiClient.json(api.post("verifier", "/api/cases/" + caseId + "/claim", null).body());
		assertThat(claim.get("claimedBy").asString()).isEqualTo("verifier");
		// activity extends the lease: the case is still held after more than one lease
		for (int i = 0; i < 3; i++) {
			Thread.sleep(1000);
			assertThat(api.post("verifier", "/api/cases/" + caseId + "/activity", java.util.Map.of("activeSeconds", 1))
				.statusCode()).isEqualTo(200);
		}
		assertThat(CaseFixtures.detail(api, "verifier", caseId).get("summary").get("state").asString())
			.isEqualTo("IN_REVIEW");

		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		String state = "IN_REVIEW";
		while (Instant.now().isBefore(deadline) && !state.equals("PENDING_REVIEW")) {
			Thread.sleep(250);
			state = CaseFixtures.detail(api, "supervisor", caseId).get("summary").get("state").asString();
		}
		assertThat(state).isEqualTo("PENDING_REVIEW");
		List<String> expired = jdbc.sql("SELECT old_value FROM audit_event WHERE case_id = ? AND action = 'LEASE_EXPIRED'")
			.param(caseId).query(String.class).list();
		assertThat(expired).containsExactly("verifier");
		// the former holder may no longer act on it; another verifier may claim it
		assertThat(api.post("verifier", "/api/cases/" + caseId + "/decision", java.util.Map.of("decision", "APPROVE"))
			.statusCode()).isEqualTo(409);
		assertThat(api.post("verifier2", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
	}
}
