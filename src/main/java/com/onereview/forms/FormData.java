package com.onereview.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a form is filled from: the extracted (or verified) field values by CONTRACT.md key, and the teller's
 * inputs by input key. Absent or blank values are simply not there.
 */
public record FormData(Map<String, String> fields, Map<String, String> inputs) {

	public FormData {
		fields = nonBlank(fields);
		inputs = nonBlank(inputs);
	}

	/**
	 * The fields of one CONTRACT.md document result (or an expected-fields.json): values as objects
	 * {@code {"value": ...}} or as plain strings; a null value is left out.
	 */
	public static FormData fromResult(JsonNode result, Map<String, String> inputs) {
		Map<String, String> fields = new LinkedHashMap<>();
		JsonNode node = result.path("fields");
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue().isObject() ? entry.getValue().path("value") : entry.getValue();
			if (value.isValueNode() && !value.isNull()) {
				fields.put(entry.getKey(), value.asString());
			}
		}
		return new FormData(fields, inputs);
	}

	private static Map<String, String> nonBlank(Map<String, String> values) {
		Map<String, String> kept = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value != null && !value.isBlank()) {
				kept.put(key, value.strip());
			}
		});
		return Map.copyOf(kept);
	}
}
