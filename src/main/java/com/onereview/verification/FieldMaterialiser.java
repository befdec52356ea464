package com.onereview.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.onereview.ingest.DocumentView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Turns a document's CONTRACT.md result into the case's fields, each with its starting status: MISSING
 * without a value, REKEY below the confidence threshold or with an issue, else ACCEPTED.
 */
@Component
class FieldMaterialiser {

	private final FieldStore fields;

	private final JsonMapper json;

	private final VerificationProperties properties;

	FieldMaterialiser(FieldStore fields, JsonMapper json, VerificationProperties properties) {
		this.fields = fields;
		this.json = json;
		this.properties = properties;
	}

	/** Adds the document's fields to the case unless it has them already. */
	void materialise(String caseId, DocumentView document) {
		if (document.resultJson() == null || fields.hasFields(caseId, document.id())) {
			return;
		}
		JsonNode result = json.readTree(document.resultJson());
		for (Map.Entry<String, JsonNode> entry : result.path("fields").properties()) {
			String key = entry.getKey();
			JsonNode field = entry.getValue();
			String value = text(field.get("value"));
			double confidence = field.path("confidence").asDouble(0);
			List<JsonNode> issues = new ArrayList<>();
			for (JsonNode issue : result.path("issues")) {
				if (key.equals(text(issue.get("field")))) {
					issues.add(issue);
				}
			}
			FieldStatus status = value == null ? FieldStatus.MISSING
					: confidence < properties.confidenceThreshold() || !issues.isEmpty() ? FieldStatus.REKEY
							: FieldStatus.ACCEPTED;
			String source = text(field.get("source"));
			JsonNode box = field.get("box");
			fields.insert(new FieldRow(caseId, document.id(), key, value, value == null ? null : confidence, source,
					box == null || box.isNull() ? null : json.writeValueAsString(box),
					issues.isEmpty() ? null : json.writeValueAsString(issues),
					status == FieldStatus.ACCEPTED ? value : null, status == FieldStatus.ACCEPTED ? source : null, status,
					null, 0));
		}
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}
}
