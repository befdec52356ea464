package com.onereview.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The companies the simulated registry knows: every business license's ground truth under a folder. */
final class RegistryDataset {

	private final Map<String, Map<String, String>> byCode = new LinkedHashMap<>();

	RegistryDataset(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(file -> file.getFileName().toString().equals("expected-fields.json")).sorted().forEach(file -> {
				JsonNode root = json.readTree(file.toFile());
				if ("BUSINESS_LICENSE".equals(root.path("documentType").asString())) {
					Map<String, String> company = new LinkedHashMap<>();
					root.path("fields").properties().forEach(entry -> company.put(entry.getKey(), entry.getValue().asString()));
					company.put("status", "存续");
					byCode.putIfAbsent(company.get("creditCode"), company);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the simulated registry's companies under " + folder, ex);
		}
	}

	Optional<Map<String, String>> byCreditCode(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	Optional<Map<String, String>> byName(String name) {
		return byCode.values().stream().filter(company -> name.equals(company.get("companyName"))).findFirst();
	}

	int size() {
		return byCode.size();
	}
}
