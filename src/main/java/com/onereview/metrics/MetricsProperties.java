package com.onereview.metrics;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import com.onereview.verification.CaseKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Supervisor metrics settings (docs/operations.md, ADR 0011).
 * @param baselines seconds one case of each kind took under double entry (two people keying it), per case kind
 * @param shiftLength the working time of one full-time person a day, to turn hours saved into FTE
 * @param outlierZ a verifier whose robust z-score (median and MAD of the team) exceeds this is flagged
 * @param rubberStampMaxCorrectionRate a fast outlier correcting at most this share of fields is a rubber stamp
 * @param zone the time zone days, weeks and months are counted in
 * @param defaultDays the range shown when none is asked for: the last this many days up to today
 */
@Validated
@ConfigurationProperties("onereview.metrics")
record MetricsProperties(@NotEmpty Map<CaseKind, Duration> baselines, @NotNull Duration shiftLength,
		@DecimalMin("0.5") double outlierZ, @DecimalMin("0") @DecimalMax("1") double rubberStampMaxCorrectionRate,
		@NotNull ZoneId zone, @Positive int defaultDays) {

	MetricsProperties {
		baselines = Map.copyOf(baselines);
		for (CaseKind kind : CaseKind.values()) {
			if (!baselines.containsKey(kind)) {
				throw new IllegalArgumentException("onereview.metrics.baselines needs a value for " + kind);
			}
		}
		if (shiftLength.isZero() || shiftLength.isNegative()) {
			throw new IllegalArgumentException("onereview.metrics.shift-length must be positive");
		}
	}

	long baselineSeconds(CaseKind kind) {
		return kind == null ? 0 : baselines.get(kind).toSeconds();
	}

	double shiftHours() {
		return shiftLength.toSeconds() / 3600.0;
	}
}
