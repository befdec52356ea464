package com.onereview.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.onereview.verification.DerivedValues;
import tools.jackson.databind.JsonNode;

/**
 * What a form is filled from: the extracted (or verified) field values by CONTRACT.md key, the teller's inputs
 * by input key, and the derived values ({@link DerivedValues}). Absent or blank values are simply not there.
 */
public record FormData(Map<String, String> fields, Map<String, String> inputs, Map<String, String> derived) {

	public FormData {
		fields = nonBlank(fields);
		inputs = nonBlank(inputs);
		derived = nonBlank(derived);
	}

	/** Fields and inputs with the values derived from the fields on the bank's date {@code today}. */
	public static FormData deriving(Map<String, String> fields, Map<String, String> inputs, LocalDate today) {
		Map<String, String> kept = nonBlank(fields);
		return new FormData(kept, inputs, DerivedValues.of(kept, today));
	}

	/**
	 * The fields of one CONTRACT.md document result (or an expected-fields.json): values as objects
	 * {@code {"value": ...}} or as plain strings; a null value is left out.
	 */
	public static FormData fromResult(JsonNode result, Map<String, String> inputs, LocalDate today) {
		Map<String, String> fields = new LinkedHashMap<>();
		JsonNode node = result.path("fields");
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue().isObject() ? entry.getValue().path("value") : entry.getValue();
			if (value.isValueNode() && !value.isNull()) {
				fields.put(entry.getKey(), value.asString());
			}
		}
		return deriving(fields, inputs, today);
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
