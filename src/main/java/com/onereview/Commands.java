package com.onereview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.onereview.fixtures.Benchmark;
import com.onereview.fixtures.BundleFixtures;
import com.onereview.fixtures.BundlePage;
import com.onereview.forms.FontChain;
import com.onereview.forms.FormGenerator;
import com.onereview.fixtures.Degradation;
import com.onereview.fixtures.GenerateFixtures;
import com.onereview.fixtures.LabelledBenchmark;
import com.onereview.ocr.OcrEngineType;
import com.onereview.ocr.OcrSettings;

/**
 * Command-line tools that run without the web server or a database:
 * {@code extract [--format jsonl] FILE...},
 * {@code benchmark [--count N] [--seed S] [--keep DIR] [--engine tesseract|paddle] [--kind license|voucher|mixed|bundle]
 * [--degradation mix|clean,scan,photo,rotated,stamped,pdf-page2] [--observations FILE.csv] [--fit-calibration FILE.tsv]},
 * {@code generate-fixtures --out DIR [--count N] [--seed S] [--kind license|voucher|bundle]} (bundles: multi-document
 * PDFs, {@code --degradation clean,scan,stamped,rotated,photo}, {@code --layout cover,license,voucher}), or with
 * {@code --degradation LEVELS [--first N]} one degraded license case per level,
 * {@code generate-forms --out DIR}, {@code fill --form ID --data result.json --out out.pdf ...} ({@link FillCommand}).
 * Exit 0 on success, 1 on failure, 2 for bad usage.
 */
final class Commands {

	private static final Set<String> NAMES = Set.of("extract", "benchmark", "generate-fixtures", "generate-forms",
			"fill");

	private Commands() {
	}

	static boolean isCommand(String word) {
		return NAMES.contains(word);
	}

	/** Runs the command and returns its exit status. */
	static int run(String[] args) {
		// results go to standard output; make sure no log line does
		System.setProperty("logback.configurationFile", "logback-cli.xml");
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try {
			return switch (args[0]) {
				case "extract" -> new ExtractCommand(System.out, System.err).run(rest);
				case "fill" -> new FillCommand(System.err).run(rest);
				case "generate-forms" -> generateForms(CommandOptions.parse(rest, Set.of("out")));
				case "benchmark" -> benchmark(CommandOptions.parse(rest, Set.of("count", "seed", "keep", "engine", "kind",
						"degradation", "observations", "fit-calibration", "labelled", "truth", "folds", "results", "only", "misses", "ocr-cache")));
				default -> generateFixtures(
						CommandOptions.parse(rest, Set.of("out", "count", "seed", "kind", "degradation", "first", "layout")));
			};
		}
		catch (IllegalArgumentException ex) {
			System.err.println(args[0] + ": " + ex.getMessage());
			return 2;
		}
		catch (Exception ex) {
			System.err.println(args[0] + " failed: " + ex);
			return 1;
		}
	}

	private static int benchmark(CommandOptions options) throws Exception {
		Path keep = options.has("keep") ? Path.of(options.get("keep", "")) : null;
		OcrEngineType engine = options.has("engine") ? OcrEngineType.parse(options.get("engine", ""))
				: OcrSettings.defaults().engine();
		if (options.has("labelled")) {
			if (!options.has("truth")) {
				throw new IllegalArgumentException("--labelled DIR needs --truth FILE (one JSON object a line)");
			}
			LabelledBenchmark labelled = new LabelledBenchmark(Path.of(options.get("labelled", "")),
					Path.of(options.get("truth", "")), System.out, engine)
				.folds(options.getInt("folds", 0))
				.misses(Boolean.parseBoolean(options.get("misses", "false")));
			if (options.has("results")) {
				labelled.results(Path.of(options.get("results", "")));
			}
			if (options.has("observations")) {
				labelled.observations(Path.of(options.get("observations", "")));
			}
			if (options.has("fit-calibration")) {
				labelled.fitCalibration(Path.of(options.get("fit-calibration", "")));
			}
			if (options.has("ocr-cache")) {
				labelled.ocrCache(Path.of(options.get("ocr-cache", "")));
			}
			if (options.has("only")) {
				labelled.only(options.get("only", ""));
			}
			labelled.run();
			return 0;
		}
		new Benchmark(options.getInt("count", 20), options.getInt("seed", 1), keep, System.out, engine)
			.kind(options.get("kind", "license"))
			.degradations(Degradation.parseMix(options.get("degradation", "clean")))
			.observations(options.has("observations") ? Path.of(options.get("observations", "")) : null)
			.fitCalibration(options.has("fit-calibration") ? Path.of(options.get("fit-calibration", "")) : null)
			.run();
		return 0;
	}

	private static int generateForms(CommandOptions options) throws IOException {
		if (!options.has("out")) {
			throw new IllegalArgumentException("--out DIR is required (the project's templates/ folder)");
		}
		for (Path written : FormGenerator.generate(Path.of(options.get("out", "")), FontChain.DEFAULT_FONTS)) {
			System.err.println("wrote " + written);
		}
		return 0;
	}

	private static int generateFixtures(CommandOptions options) throws IOException {
		if (!options.has("out")) {
			throw new IllegalArgumentException("--out DIR is required");
		}
		Path out = Path.of(options.get("out", ""));
		int count = options.getInt("count", 4);
		String kind = options.get("kind", "license");
		if (kind.equals("bundle")) {
			BundleFixtures.generate(Files.createDirectories(out), count, options.getInt("seed", 1),
					Degradation.parseMix(options.get("degradation", "clean")),
					options.has("layout") ? BundlePage.parse(options.get("layout", "")) : null);
			System.err.println("wrote " + count + " multi-document PDFs to " + out);
			return 0;
		}
		if (options.has("degradation")) {
			List<Degradation> levels = Degradation.parseMix(options.get("degradation", ""));
			if (kind.equals("voucher")) {
				GenerateFixtures.generateDegradedVouchers(Files.createDirectories(out), options.getInt("seed", 1),
						options.getInt("first", 1), levels);
			}
			else {
				GenerateFixtures.generateDegraded(Files.createDirectories(out), options.getInt("seed", 1),
						options.getInt("first", 1), levels);
			}
			System.err.println("wrote " + levels.size() + " degraded " + kind + " cases to " + out);
			return 0;
		}
		switch (kind) {
			case "license" -> GenerateFixtures.generate(Files.createDirectories(out), count, options.getInt("seed", 1));
			case "voucher" ->
				GenerateFixtures.generateVouchers(Files.createDirectories(out), count, options.getInt("seed", 1));
			default -> throw new IllegalArgumentException("--kind must be license, voucher or bundle");
		}
		System.err.println("wrote " + count + " cases to " + out);
		return 0;
	}
}
