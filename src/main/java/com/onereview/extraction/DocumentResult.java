package com.onereview.extraction;

import java.util.List;
import java.util.Map;

/** The CONTRACT.md document result: what was read from one document. */
public record DocumentResult(String file, DocumentType documentType, int pages, Map<String, ExtractedField> fields,
		List<ExtractionIssue> issues, String error) {

	/** The result for a file that could not be processed at all. */
	public static DocumentResult failed(String file, String error) {
		return new DocumentResult(file, DocumentType.UNKNOWN, 0, Map.of(), List.of(), error);
	}
}
