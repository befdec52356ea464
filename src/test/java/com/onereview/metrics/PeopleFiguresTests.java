package com.onereview.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.onereview.metrics.MetricsSummary.VerifierFigures;
import com.onereview.verification.CaseKind;
import com.onereview.verification.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleFiguresTests {

	private static final MetricsProperties SETTINGS = new MetricsProperties(
			Map.of(CaseKind.ACCOUNT_OPENING, Duration.ofSeconds(480), CaseKind.VOUCHER_ENTRY, Duration.ofSeconds(240)),
			Duration.ofMinutes(450), 3.5, 0.02, ZoneId.of("Asia/Shanghai"), 30);

	@Test
	void fastWithoutCorrectionsIsARubberStampFastWithCorrectionsIsNot() {
		List<CaseFacts> facts = new ArrayList<>();
		for (String peer : List.of("a", "b", "c", "d")) {
			facts.add(fact(peer, 300 + peer.charAt(0) % 4 * 10, 1));
		}
		facts.add(fact("quick", 30, 0));
		facts.add(fact("careful", 31, 2));
		Map<String, VerifierFigures> people = byName(PeopleFigures.of(facts, Map.of(), SETTINGS));
		assertThat(people.get("quick").flags()).containsExactly("FAST", "RUBBER_STAMP");
		assertThat(people.get("careful").flags()).contains("FAST").doesNotContain("RUBBER_STAMP");
		assertThat(people.get("a").outlier()).isFalse();
	}

	@Test
	void twoVerifiersAreNotComparedWithEachOther() {
		List<VerifierFigures> people = PeopleFigures.of(List.of(fact("a", 300, 1), fact("b", 10, 0)), Map.of(),
				SETTINGS);
		assertThat(people).allSatisfy(v -> assertThat(v.flags()).isEmpty());
	}

	private static Map<String, VerifierFigures> byName(List<VerifierFigures> people) {
		Map<String, VerifierFigures> map = new java.util.HashMap<>();
		people.forEach(v -> map.put(v.username(), v));
		return map;
	}

	private static CaseFacts fact(String verifier, long seconds, int corrections) {
		List<String> corrected = new ArrayList<>();
		for (int i = 0; i < corrections; i++) {
			corrected.add("field" + i);
		}
		Instant at = Instant.parse("2026-11-02T02:00:00Z");
		return new CaseFacts("c-" + verifier, CaseKind.ACCOUNT_OPENING, "M01", at, at, at, at, at, null, verifier,
				Decision.APPROVE, null, seconds, 12, corrected, null, null);
	}
}
