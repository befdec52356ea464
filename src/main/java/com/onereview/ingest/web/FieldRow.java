package com.onereview.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One field of a CONTRACT.md result as the field panel shows it. {@code level} colours it: {@code ok} (green)
 * when read at or above the confidence threshold without issues, {@code bad} (red) when missing or flagged,
 * {@code warn} (amber) otherwise.
 */
record FieldRow(String key, String value, double confidence, String source, Box box, List<Issue> issues, String level) {

	/** Where the value stands on its page image, in that image's pixels. */
	record Box(int page, int x, int y, int w, int h) {
	}

	record Issue(String code, String message) {
	}

	/** The fields of a result in its order, with the issues that name each. */
	static List<FieldRow> of(JsonNode result, double threshold) {
		List<FieldRow> rows = new ArrayList<>();
		if (result == null || result.get("fields") == null) {
			return rows;
		}
		for (Map.Entry<String, JsonNode> field : result.get("fields").properties()) {
			rows.add(row(field.getKey(), field.getValue(), issuesOf(result, field.getKey()), threshold));
		}
		return rows;
	}

	private static FieldRow row(String key, JsonNode field, List<Issue> issues, double threshold) {
		String value = text(field.get("value"));
		double confidence = field.path("confidence").asDouble(0);
		JsonNode box = field.get("box");
		Box where = box == null || box.isNull() ? null
				: new Box(box.path("page").asInt(1), box.path("x").asInt(), box.path("y").asInt(), box.path("w").asInt(),
						box.path("h").asInt());
		String level = value == null || !issues.isEmpty() ? "bad" : confidence >= threshold ? "ok" : "warn";
		return new FieldRow(key, value, confidence, text(field.get("source")), where, issues, level);
	}

	private static List<Issue> issuesOf(JsonNode result, String key) {
		List<Issue> issues = new ArrayList<>();
		for (JsonNode issue : result.path("issues")) {
			if (key.equals(text(issue.get("field")))) {
				issues.add(new Issue(text(issue.get("code")), text(issue.get("message"))));
			}
		}
		return issues;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	/** The confidence as a whole percentage, for display. */
	public long percent() {
		return Math.round(confidence * 100);
	}
}
