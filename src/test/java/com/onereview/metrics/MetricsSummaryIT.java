package com.onereview.metrics;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import com.onereview.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded scenario ({@link MetricsScenario}) through {@code GET /api/metrics/summary}: every figure worked out
 * by hand. Baselines 480 s (account opening) and 240 s (voucher), shift 7.5 h.
 */
class MetricsSummaryIT extends RunningService {

	private static final String RANGE = "/api/metrics/summary?from=" + MetricsScenario.FROM + "&to=" + MetricsScenario.TO;

	@Autowired
	UserAccounts users;

	@BeforeEach
	void seed() {
		MetricsScenario.seed(jdbc, users);
	}

	@Test
	void timeSavedIsBaselineMinusHandlingPerDayWeekAndMonth() {
		JsonNode summary = summary(RANGE);
		// 10 account openings × 480 + 5 vouchers × 240 = 6000 s baseline; handling 720+780+750+790+120 = 3160 s
		JsonNode saved = summary.get("timeSaved");
		assertThat(saved.get("baselineSeconds").asLong()).isEqualTo(6000);
		assertThat(saved.get("handlingSeconds").asLong()).isEqualTo(3160);
		assertThat(saved.get("seconds").asLong()).isEqualTo(2840);
		assertThat(saved.get("hours").asDouble()).isEqualTo(0.79);
		// two days with decisions: 2840 s / 3600 / 7.5 h / 2 days
		assertThat(saved.get("activeDays").asInt()).isEqualTo(2);
		assertThat(saved.get("ftePerDay").asDouble()).isEqualTo(0.05);
		// 2 Nov: 280+240+260+300+10+450; 3 Nov: -40-20+180+230-80+210+190+440+190; 4 Nov: nothing (00:30 on the 5th is not the 4th)
		assertThat(periods(saved.get("days"))).containsExactly("2026-11-02 6 1540 0.43 0.06",
				"2026-11-03 9 1300 0.36 0.05", "2026-11-04 0 0 0.0 0.0");
		assertThat(periods(saved.get("weeks"))).containsExactly("2026-W45 15 2840 0.79 0.05");
		assertThat(periods(saved.get("months"))).containsExactly("2026-11 15 2840 0.79 0.05");
		assertThat(summary.get("cases").toString()).isEqualTo("{\"decided\":15,\"approved\":11,\"returned\":2,\"rejected\":2}");
	}

	@Test
	void qualityStraightThroughCorrectionsReasonsAndSla() {
		JsonNode quality = summary(RANGE).get("quality");
		// approved without any correction: m-a2, m-b2, m-e1, m-e2, m-e3 of 11
		assertThat(quality.get("straightThrough").asInt()).isEqualTo(5);
		assertThat(quality.get("straightThroughShare").asDouble()).isEqualTo(0.4545);
		// of 8 approved licenses and 3 approved vouchers
		List<String> fields = new ArrayList<>();
		quality.get("fields").forEach(f -> fields.add(f.get("field").asString() + " " + f.get("verified").asInt() + " "
				+ f.get("corrected").asInt() + " " + f.get("rate").asDouble()));
		assertThat(fields).containsExactly("companyName 8 3 0.375", "amount 3 1 0.3333", "payerAccount 3 1 0.3333",
				"address 8 2 0.25", "registeredCapital 8 1 0.125", "creditCode 8 0 0.0", "payeeName 3 0 0.0",
				"voucherDate 3 0 0.0");
		assertThat(quality.get("returnRate").asDouble()).isEqualTo(0.1333);
		assertThat(quality.get("rejectRate").asDouble()).isEqualTo(0.1333);
		assertThat(quality.get("returnReasons").toString())
			.isEqualTo("[{\"reason\":\"DOCUMENT_UNREADABLE\",\"cases\":2,\"rate\":0.1333}]");
		assertThat(quality.get("rejectReasons").toString()).isEqualTo("[{\"reason\":\"FORGED_DOCUMENT\",\"cases\":1,"
				+ "\"rate\":0.0667},{\"reason\":\"NOT_ELIGIBLE\",\"cases\":1,\"rate\":0.0667}]");
		// m-a2 has no deadline; m-b3, m-c3, m-e3 were decided after theirs
		assertThat(quality.get("slaTracked").asInt()).isEqualTo(14);
		assertThat(quality.get("slaBreached").asInt()).isEqualTo(3);
		assertThat(quality.get("slaBreachRate").asDouble()).isEqualTo(0.2143);
	}

	@Test
	void verifiersWithMediansAndTheRubberStamperFlagged() {
		Map<String, JsonNode> verifiers = new LinkedHashMap<>();
		summary(RANGE).get("verifiers").forEach(v -> verifiers.put(v.get("username").asString(), v));
		assertThat(verifiers.keySet()).containsExactly("hong", "jun", "lei", "ming", "yan");
		// medians 260 250 270 240 40: team median 250, MAD 10, z = 0.6745 (x - 250) / 10
		assertThat(row(verifiers.get("hong"))).isEqualTo("3 260.0 0.0833 0.0 0.6745 -0.6745 0.0 []");
		assertThat(row(verifiers.get("jun"))).isEqualTo("3 250.0 0.1667 0.0 0.0 0.0 0.0 []");
		assertThat(row(verifiers.get("lei"))).isEqualTo("3 270.0 0.25 0.3333 1.349 0.6745 1.9947 []");
		assertThat(row(verifiers.get("ming"))).isEqualTo("3 240.0 0.1667 0.3333 -0.6745 0.0 1.9947 []");
		assertThat(row(verifiers.get("yan"))).isEqualTo("3 40.0 0.0 0.0 -14.1645 -1.349 0.0 [\"FAST\",\"RUBBER_STAMP\"]");
		assertThat(verifiers.get("yan").get("displayName").asString()).isEqualTo("复核员 孙燕");
		assertThat(verifiers.get("yan").get("outlier").asBoolean()).isTrue();
		assertThat(verifiers.get("ming").get("outlier").asBoolean()).isFalse();
	}

	@Test
	void branchAndKindNarrowTheFigures() {
		// M02: m-b2 (240 - 260) and m-d1 (240 - 230)
		JsonNode branch = summary(RANGE + "&branch=M02");
		assertThat(branch.get("cases").get("decided").asInt()).isEqualTo(2);
		assertThat(branch.get("timeSaved").get("seconds").asLong()).isEqualTo(-10);
		// vouchers: m-a3 -40, m-b2 -20, m-c3 -80, m-d1 10, m-e3 190
		JsonNode vouchers = summary(RANGE + "&kind=VOUCHER_ENTRY");
		assertThat(vouchers.get("cases").get("decided").asInt()).isEqualTo(5);
		assertThat(vouchers.get("timeSaved").get("seconds").asLong()).isEqualTo(60);
		assertThat(vouchers.get("quality").get("straightThroughShare").asDouble()).isEqualTo(0.6667);
		// fewer than three verifiers in M02: nobody is compared, nobody flagged
		branch.get("verifiers").forEach(v -> assertThat(v.get("flags").size()).isZero());
	}

	@Test
	void queueNowCountsWaitingCasesAndTheOldest() {
		Instant now = Instant.now();
		List<String> ids = List.of("m-q1", "m-q2", "m-q3");
		try {
			queued("m-q1", "PENDING_REVIEW", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
			queued("m-q2", "PENDING_REVIEW", now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(3)));
			queued("m-q3", "IN_REVIEW", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
			JsonNode queue = summary(RANGE + "&branch=M09").get("quality").get("queue");
			assertThat(queue.get("length").asInt()).isEqualTo(3);
			assertThat(queue.get("overdue").asInt()).isEqualTo(1);
			assertThat(queue.get("oldestAgeSeconds").asLong()).isBetween(7200L, 7200L + 60);
			assertThat(api.get("supervisor", "/actuator/prometheus").body())
				.contains("onereview_cases_queue{state=\"PENDING_REVIEW\"}")
				.contains("onereview_cases_overdue ")
				.contains("onereview_cases_decided_total{decision=\"APPROVED\"}");
		}
		finally {
			ids.forEach(id -> jdbc.sql("DELETE FROM verification_case WHERE id = ?").param(id).update());
		}
		JsonNode empty = summary(RANGE + "&branch=M09").get("quality").get("queue");
		assertThat(empty.get("length").asInt()).isZero();
		assertThat(empty.get("oldestAgeSeconds").isNull()).isTrue();
	}

	@Test
	void exportHasOneRowPerDecidedCaseWithABom() {
		HttpResponse<byte[]> response = api.getBytes("supervisor",
				"/api/metrics/export.csv?from=" + MetricsScenario.FROM + "&to=" + MetricsScenario.TO + "&branch=M02");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFcaseId,kind,branch,");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("\"m-d1\",VOUCHER_ENTRY,\"M02\",")
			.contains(",\"lei\",APPROVE,,230,240,10,4,2,\"amount;payerAccount\",")
			.endsWith(",true");
		assertThat(lines.get(2)).startsWith("\"m-b2\",VOUCHER_ENTRY,\"M02\",").contains(",260,240,-20,4,0,,");
	}

	@Test
	void onlySupervisorsAndAdminsSeeTheFigures() {
		for (String user : List.of("verifier", "teller")) {
			HttpResponse<String> refused = api.get(user, RANGE);
			assertThat(refused.statusCode()).as(user).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(api.get(user, "/api/metrics/export.csv").statusCode()).isEqualTo(403);
			assertThat(api.get(user, "/dashboard").statusCode()).isEqualTo(403);
		}
		assertThat(api.get("admin", RANGE).statusCode()).isEqualTo(200);
		HttpResponse<String> backwards = api.get("supervisor", "/api/metrics/summary?from=2026-11-04&to=2026-11-02");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(api.get("supervisor", "/api/metrics/summary?kind=PIZZA").statusCode()).isEqualTo(400);
	}

	private void queued(String id, String state, Instant submitted, Instant due) {
		jdbc.sql("INSERT INTO verification_case (id, state, kind, branch, created_by, created_at, updated_at, submitted_at, "
				+ "sla_due_at, claimed_by) VALUES (?, ?, 'ACCOUNT_OPENING', 'M09', 'mteller', ?, ?, ?, ?, ?)")
			.params(id, state, Timestamp.from(submitted), Timestamp.from(submitted), Timestamp.from(submitted),
					Timestamp.from(due), "IN_REVIEW".equals(state) ? "lei" : null)
			.update();
	}

	private JsonNode summary(String path) {
		HttpResponse<String> response = api.get("supervisor", path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}

	private static List<String> periods(JsonNode periods) {
		List<String> rows = new ArrayList<>();
		periods.forEach(p -> rows.add(p.get("period").asString() + " " + p.get("cases").asInt() + " "
				+ p.get("seconds").asLong() + " " + p.get("hours").asDouble() + " " + p.get("fte").asDouble()));
		return rows;
	}

	private static String row(JsonNode v) {
		return v.get("cases").asInt() + " " + v.get("medianHandlingSeconds").asDouble() + " "
				+ v.get("correctionRate").asDouble() + " " + v.get("rejectRate").asDouble() + " "
				+ v.get("handlingZ").asDouble() + " " + v.get("correctionZ").asDouble() + " "
				+ v.get("rejectZ").asDouble() + " " + v.get("flags").toString();
	}
}
