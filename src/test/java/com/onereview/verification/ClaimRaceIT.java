package com.onereview.verification;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.onereview.RunningService;
import com.onereview.TestDatabase;
import com.onereview.security.Role;
import com.onereview.security.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight verifiers claim one case at the same instant on PostgreSQL: the database lets exactly one win. Its
 * context (and database) is not handed on to other tests, which expect an empty queue.
 */
@DirtiesContext
class ClaimRaceIT extends RunningService {

	@Autowired
	UserAccounts users;

	@Test
	void exactlyOneOfEightRacingVerifiersHoldsTheCase() throws Exception {
		TestDatabase.assumePostgres();
		String caseId = CaseFixtures.submittedCase(api, "teller");
		List<String> verifiers = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			String name = "racer" + i;
			users.createIfAbsent(name, "racer123", "复核员 " + i, Role.VERIFIER, "BO001", "运营中心");
			verifiers.add(name);
		}
		for (String verifier : verifiers) { // warm up each login (bcrypt) so the claims really start together
			assertThat(api.get(verifier, "/api/cases/" + caseId).statusCode()).isEqualTo(200);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(verifiers.size());
		try {
			List<Future<HttpResponse<String>>> claims = new ArrayList<>();
			for (String verifier : verifiers) {
				claims.add(pool.submit(() -> {
					start.await();
					return api.post(verifier, "/api/cases/" + caseId + "/claim", null);
				}));
			}
			start.countDown();
			List<String> winners = new ArrayList<>();
			int conflicts = 0;
			for (int i = 0; i < claims.size(); i++) {
				HttpResponse<String> response = claims.get(i).get();
				if (response.statusCode() == 200) {
					winners.add(verifiers.get(i));
				}
				else if (response.statusCode() == 409) {
					conflicts++;
				}
			}
			assertThat(winners).hasSize(1);
			assertThat(conflicts).isEqualTo(7);
			assertThat(jdbc.sql("SELECT claimed_by FROM verification_case WHERE id = ?").param(caseId)
				.query(String.class).single()).isEqualTo(winners.get(0));
			assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = 'CLAIMED'").param(caseId)
				.query(Integer.class).single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
