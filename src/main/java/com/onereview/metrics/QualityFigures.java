package com.onereview.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.metrics.FactsReader.FieldCorrections;
import com.onereview.metrics.FactsReader.QueueNow;
import com.onereview.metrics.MetricsSummary.FieldRate;
import com.onereview.metrics.MetricsSummary.Quality;
import com.onereview.metrics.MetricsSummary.Queue;
import com.onereview.metrics.MetricsSummary.ReasonRate;
import com.onereview.verification.Decision;

/** Straight-through share, corrections per field, returns and rejections by reason, SLA, the queue now. */
final class QualityFigures {

	private QualityFigures() {
	}

	static Quality of(List<CaseFacts> facts, List<FieldCorrections> fields, QueueNow queue, Instant now) {
		int approved = count(facts, Decision.APPROVE);
		int straightThrough = (int) facts.stream().filter(CaseFacts::straightThrough).count();
		List<FieldRate> fieldRates = fields.stream()
			.map(f -> new FieldRate(f.field(), f.verified(), f.corrected(), Rounding.rate(f.corrected(), f.verified())))
			.sorted(Comparator.comparingDouble(FieldRate::rate).reversed().thenComparing(FieldRate::field))
			.toList();
		int decided = facts.size();
		List<CaseFacts> tracked = facts.stream().filter(fact -> fact.slaMet() != null).toList();
		int breached = (int) tracked.stream().filter(fact -> !fact.slaMet()).count();
		Long oldest = queue.oldestSubmittedAt() == null ? null
				: Duration.between(queue.oldestSubmittedAt(), now).toSeconds();
		return new Quality(approved, straightThrough, Rounding.rate(straightThrough, approved), fieldRates,
				Rounding.rate(count(facts, Decision.RETURN), decided), Rounding.rate(count(facts, Decision.REJECT), decided),
				reasons(facts, Decision.RETURN), reasons(facts, Decision.REJECT), tracked.size(), breached,
				Rounding.rate(breached, tracked.size()), new Queue(queue.length(), oldest, queue.overdue()));
	}

	static int count(List<CaseFacts> facts, Decision decision) {
		return (int) facts.stream().filter(fact -> fact.decision() == decision).count();
	}

	/** Cases of that decision per reason code, most frequent first; rates of all decided cases. */
	private static List<ReasonRate> reasons(List<CaseFacts> facts, Decision decision) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		facts.stream()
			.filter(fact -> fact.decision() == decision)
			.forEach(fact -> counts.merge(fact.reasonCode() == null ? "OTHER" : fact.reasonCode(), 1, Integer::sum));
		return counts.entrySet()
			.stream()
			.map(entry -> new ReasonRate(entry.getKey(), entry.getValue(), Rounding.rate(entry.getValue(), facts.size())))
			.sorted(Comparator.comparingInt(ReasonRate::cases).reversed().thenComparing(ReasonRate::reason))
			.toList();
	}
}
