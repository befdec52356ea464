package com.onereview.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fitted confidence model: per group of fields, the extractor's raw score (OCR confidence capped by validators,
 * lifted by agreeing readings) mapped to the share of fields observed right at that score on a benchmark run. The
 * map is monotone (pool-adjacent-violators over score bins) and conservative: each bin reports the lower end of a
 * one-sided 95% Wilson interval, so a score reaches 0.9 only where enough readings were seen right.
 */
public final class ConfidenceTable {

	/** Bin edges over raw scores; the last bin is [0.97, 1]. */
	static final double[] EDGES = { 0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95, 0.97 };

	static final String RESOURCE = "confidence-calibration.tsv";

	private static final double Z = 1.645;

	/**
	 * The most calibration lifts a raw score. Bins pool readings of one score band; the raw score also carries
	 * evidence particular to the reading (two engines disagreeing pulls a valid value down by 0.15), which a large
	 * lift would override with the band's average.
	 */
	static final double MAX_RAISE = 0.1;

	/** One field's reading on a benchmark run. */
	public record Observation(String key, double raw, boolean right) {
	}

	private final Map<String, double[]> byGroup;

	private ConfidenceTable(Map<String, double[]> byGroup) {
		this.byGroup = byGroup;
	}

	/** The group a field's confidence is calibrated in: fields checked alike behave alike. */
	static String group(String key) {
		return switch (key) {
			case "creditCode", "registrationNumber" -> "code";
			case "establishedDate", "businessTermStart", "businessTermEnd", "registrationDate" -> "date";
			case "companyName", "companyType", "legalRepresentative", "registeredCapital" -> "short-text";
			case "address", "businessScope" -> "long-text";
			case "registrationAuthority" -> "authority";
			case "amount", "amountInWords" -> "amount";
			case "payerAccount", "payeeAccount", "serialNumber", "voucherDate" -> "digits";
			default -> "voucher-text";
		};
	}

	/**
	 * The calibrated confidence of a raw score, at most {@link #MAX_RAISE} above it; a group or bin never seen keeps
	 * the raw score, at most 0.85.
	 */
	public double calibrate(String key, double raw) {
		if (raw <= 0) {
			return 0;
		}
		double[] bins = byGroup.get(group(key));
		double value = bins == null ? Double.NaN : bins[bin(raw)];
		return Double.isNaN(value) ? Math.min(raw, 0.85) : Math.min(value, raw + MAX_RAISE);
	}

	static int bin(double raw) {
		int b = EDGES.length - 1;
		while (b > 0 && raw < EDGES[b]) {
			b--;
		}
		return b;
	}

	/** Fits the table on a run's observations. */
	public static ConfidenceTable fit(List<Observation> observations) {
		Map<String, int[][]> counts = new LinkedHashMap<>();
		for (Observation o : observations) {
			if (o.raw() > 0) {
				int[][] c = counts.computeIfAbsent(group(o.key()), g -> new int[EDGES.length][2]);
				c[bin(o.raw())][0] += o.right() ? 1 : 0;
				c[bin(o.raw())][1]++;
			}
		}
		Map<String, double[]> table = new LinkedHashMap<>();
		counts.forEach((group, c) -> table.put(group, Isotonic.lowerBounds(c, Z)));
		return new ConfidenceTable(table);
	}

	/**
	 * This table's groups, with the groups of {@code fitted} in place of its own: a labelled set of real licences
	 * refits the licence groups while the voucher groups keep their fit.
	 */
	public ConfidenceTable overriddenBy(ConfidenceTable fitted) {
		Map<String, double[]> merged = new LinkedHashMap<>(byGroup);
		merged.putAll(fitted.byGroup);
		return new ConfidenceTable(merged);
	}

	/** The committed table; without it (a fresh checkout before the first fit) raw scores capped at 0.85. */
	public static ConfidenceTable load() {
		try (InputStream in = ConfidenceTable.class.getResourceAsStream(RESOURCE)) {
			return in == null ? new ConfidenceTable(Map.of()) : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + RESOURCE, e);
		}
	}

	static ConfidenceTable parse(String tsv) {
		Map<String, double[]> table = new LinkedHashMap<>();
		for (String line : tsv.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			double[] bins = new double[EDGES.length];
			for (int i = 0; i < bins.length; i++) {
				bins[i] = cells[i + 1].equals("-") ? Double.NaN : Double.parseDouble(cells[i + 1]);
			}
			table.put(cells[0], bins);
		}
		return new ConfidenceTable(table);
	}

	/** The table as TSV: a group per line, one calibrated value per raw-score bin ({@code -} where none was seen). */
	public String toTsv(String header) {
		StringBuilder sb = new StringBuilder();
		for (String h : header.split("\n")) {
			sb.append("# ").append(h).append('\n');
		}
		sb.append("# group");
		for (double e : EDGES) {
			sb.append('\t').append(String.format(Locale.ROOT, ">=%.2f", e));
		}
		sb.append('\n');
		byGroup.forEach((group, bins) -> {
			sb.append(group);
			for (double v : bins) {
				sb.append('\t').append(Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v));
			}
			sb.append('\n');
		});
		return sb.toString();
	}

	List<String> groups() {
		return new ArrayList<>(byGroup.keySet());
	}
}
