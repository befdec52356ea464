package com.onereview.verification;

import java.util.List;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.ocr.Box;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Shows a field row: here, and only here, the machine value of a REKEY field is withheld. */
@Component
class FieldViews {

	private final JsonMapper json;

	FieldViews(JsonMapper json) {
		this.json = json;
	}

	CaseField of(FieldRow row) {
		boolean blind = row.status() == FieldStatus.REKEY;
		List<ExtractionIssue> issues = row.issuesJson() == null ? List.of()
				: json.readValue(row.issuesJson(), new TypeReference<List<ExtractionIssue>>() {
				});
		if (blind) {
			// a message may quote the reading; the code says enough to look carefully
			issues = issues.stream().map(issue -> new ExtractionIssue(issue.field(), issue.code(), null)).toList();
		}
		Box box = row.boxJson() == null ? null : json.readValue(row.boxJson(), Box.class);
		return new CaseField(row.documentId(), row.key(), row.status(), blind ? null : row.value(),
				blind ? null : row.source(), blind ? null : row.machineValue(), row.machineConfidence(),
				row.rekeyedValue(), box, issues, row.activeSeconds());
	}
}
