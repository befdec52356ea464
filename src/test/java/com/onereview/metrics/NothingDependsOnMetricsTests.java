package com.onereview.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** STYLE.md: nothing depends on {@code metrics}; it reads what the other modules wrote. */
class NothingDependsOnMetricsTests {

	@Test
	void noOtherModuleImportsMetrics() throws IOException {
		Path main = Path.of("src/main/java/com/onereview");
		try (Stream<Path> files = Files.walk(main)) {
			List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.startsWith(main.resolve("metrics")))
				.filter(file -> read(file).contains("com.onereview.metrics"))
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
