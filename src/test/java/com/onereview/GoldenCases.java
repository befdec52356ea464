package com.onereview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed golden cases: {@code test-fixtures/<type>/<case>/} with a scan and {@code expected-fields.json}. */
public final class GoldenCases {

	public static final Path ROOT = Path.of("test-fixtures");

	private GoldenCases() {
	}

	/** Every case folder, sorted. */
	public static List<Path> all() {
		try (Stream<Path> types = Files.list(ROOT)) {
			return types.filter(Files::isDirectory).flatMap(GoldenCases::cases).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first business-license case. */
	public static Path first() {
		return all().stream().filter(c -> documentType(c).equals("BUSINESS_LICENSE")).findFirst().orElseThrow();
	}

	/** The one document in a case folder (anything but the JSON and notes). */
	public static Path scan(Path caseDir) {
		try (Stream<Path> files = Files.list(caseDir)) {
			return files.filter(file -> !file.toString().endsWith(".json") && !file.toString().endsWith(".md"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no document in " + caseDir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String documentType(Path caseDir) {
		return read(caseDir).get("documentType").asString();
	}

	public static Map<String, String> expectedFields(Path caseDir) {
		Map<String, String> fields = new LinkedHashMap<>();
		read(caseDir).get("fields").properties().forEach(entry -> fields.put(entry.getKey(),
				entry.getValue().isNull() ? null : entry.getValue().asString()));
		return fields;
	}

	/**
	 * The documents a multi-document case holds ({@code documents} in its expected-fields.json, each with
	 * {@code documentType}, {@code pages} and {@code fields}); empty for a case of one document.
	 */
	public static List<JsonNode> expectedDocuments(Path caseDir) {
		List<JsonNode> documents = new java.util.ArrayList<>();
		read(caseDir).path("documents").forEach(documents::add);
		return documents;
	}

	private static JsonNode read(Path caseDir) {
		return JsonMapper.builder().build().readTree(caseDir.resolve("expected-fields.json").toFile());
	}

	private static Stream<Path> cases(Path typeDir) {
		try (Stream<Path> cases = Files.list(typeDir)) {
			return cases.filter(Files::isDirectory).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
