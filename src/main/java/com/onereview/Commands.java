package com.onereview;

import java.util.Arrays;
import java.util.Set;

/**
 * Command-line tools that run without the web server or a database:
 * {@code extract [--format jsonl] FILE...}, {@code benchmark}, {@code generate-fixtures}.
 */
final class Commands {

	private static final Set<String> NAMES = Set.of("extract", "benchmark", "generate-fixtures");

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
		return switch (args[0]) {
			case "extract" -> new ExtractCommand(System.out, System.err).run(rest);
			case "benchmark" -> com.onereview.fixtures.BenchmarkCommand.run(rest);
			case "generate-fixtures" -> com.onereview.fixtures.GenerateFixtures.run(rest);
			default -> 2;
		};
	}
}
