package com.onereview.ingest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Uploads the sample scans from {@code test-fixtures/} as the demo teller, so a newcomer finds cases in
 * the queue. Running again is harmless: the same bytes are recognised as already uploaded.
 */
@Component
@Order(2)
class DemoSamples implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSamples.class);

	private static final String DEMO_TELLER = "teller";

	private final DemoProperties properties;

	private final UploadService uploads;

	DemoSamples(DemoProperties properties, UploadService uploads) {
		this.properties = properties;
		this.uploads = uploads;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Path dir = Path.of(properties.samplesDir());
		if (!properties.loadSamples() || !Files.isDirectory(dir)) {
			return;
		}
		List<Path> samples;
		try (Stream<Path> files = Files.walk(dir, 3)) {
			samples = files.filter(Files::isRegularFile)
				.filter(file -> !file.getFileName().toString().endsWith(".json"))
				.filter(file -> !file.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		int added = 0;
		for (Path sample : samples) {
			String name = dir.relativize(sample).toString().replace(File.separatorChar, '_');
			UploadOutcome outcome = uploads.accept(name, Files.readAllBytes(sample), DEMO_TELLER);
			if (outcome.accepted() && !outcome.duplicate()) {
				added++;
			}
		}
		log.info("Sample documents: {} found in {}, {} new uploaded as '{}'", samples.size(), dir, added, DEMO_TELLER);
	}
}
