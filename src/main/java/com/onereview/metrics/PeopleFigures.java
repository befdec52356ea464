package com.onereview.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.onereview.metrics.MetricsSummary.VerifierFigures;
import com.onereview.verification.Decision;

/**
 * Per verifier: volume, median handling, correction and reject rates, each compared with the team's by a robust
 * z-score. Rubber-stamping is approving far faster than peers while correcting almost nothing.
 */
final class PeopleFigures {

	/** Below this many verifiers a median of the team says nothing about any one of them. */
	static final int MIN_TEAM = 3;

	private PeopleFigures() {
	}

	static List<VerifierFigures> of(List<CaseFacts> facts, Map<String, String> names, MetricsProperties settings) {
		Map<String, List<CaseFacts>> byVerifier = new TreeMap<>();
		facts.stream()
			.filter(fact -> fact.decidedBy() != null)
			.forEach(fact -> byVerifier.computeIfAbsent(fact.decidedBy(), v -> new ArrayList<>()).add(fact));
		List<Raw> raw = byVerifier.entrySet().stream().map(entry -> Raw.of(entry.getKey(), entry.getValue())).toList();
		boolean compare = raw.size() >= MIN_TEAM;
		double[] handlingZ = zScores(raw.stream().map(Raw::medianHandling).toList(), compare);
		double[] correctionZ = zScores(raw.stream().map(Raw::correctionRate).toList(), compare);
		double[] rejectZ = zScores(raw.stream().map(Raw::rejectRate).toList(), compare);
		List<VerifierFigures> figures = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Raw r = raw.get(i);
			List<String> flags = flags(r, handlingZ[i], correctionZ[i], rejectZ[i], settings);
			figures.add(new VerifierFigures(r.username, names.getOrDefault(r.username, r.username), r.cases,
					r.medianHandling, r.fields, r.corrected, Rounding.rate(r.corrected, r.fields), r.rejected,
					Rounding.rate(r.rejected, r.cases), Rounding.places(handlingZ[i], 4),
					Rounding.places(correctionZ[i], 4), Rounding.places(rejectZ[i], 4), flags, !flags.isEmpty()));
		}
		return figures;
	}

	private static List<String> flags(Raw r, double handlingZ, double correctionZ, double rejectZ,
			MetricsProperties settings) {
		double limit = settings.outlierZ();
		List<String> flags = new ArrayList<>();
		flag(flags, handlingZ, limit, "SLOW", "FAST");
		flag(flags, correctionZ, limit, "MANY_CORRECTIONS", "FEW_CORRECTIONS");
		flag(flags, rejectZ, limit, "MANY_REJECTS", "FEW_REJECTS");
		if (handlingZ < -limit && r.correctionRate() <= settings.rubberStampMaxCorrectionRate()) {
			flags.add("RUBBER_STAMP");
		}
		return List.copyOf(flags);
	}

	private static void flag(List<String> flags, double z, double limit, String high, String low) {
		if (z > limit) {
			flags.add(high);
		}
		else if (z < -limit) {
			flags.add(low);
		}
	}

	private static double[] zScores(List<Double> values, boolean compare) {
		return compare ? RobustStatistics.zScores(values) : new double[values.size()];
	}

	/** A verifier's counts before rounding. */
	private record Raw(String username, int cases, double medianHandling, int fields, int corrected, int rejected) {

		static Raw of(String username, List<CaseFacts> facts) {
			return new Raw(username, facts.size(),
					RobustStatistics.median(facts.stream().map(CaseFacts::handlingSeconds).toList()),
					facts.stream().mapToInt(CaseFacts::fields).sum(),
					facts.stream().mapToInt(fact -> fact.correctedFields().size()).sum(),
					(int) facts.stream().filter(fact -> fact.decision() == Decision.REJECT).count());
		}

		double correctionRate() {
			return fields == 0 ? 0 : (double) corrected / fields;
		}

		double rejectRate() {
			return cases == 0 ? 0 : (double) rejected / cases;
		}
	}
}
