package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CONTRACT.md document result: what was read from one file. The top-level type, fields and issues are the
 * primary document's (the first business license, else the first bank voucher, else the first document);
 * {@code documents} lists every document found in the file, the primary one included, in page order.
 */
public record DocumentResult(String file, DocumentType documentType, int pages, Map<String, ExtractedField> fields,
		List<ExtractionIssue> issues, String error, List<FoundDocument> documents) {

	public DocumentResult {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}

	/** A result of one document (or none) without the {@code documents} list filled in. */
	public DocumentResult(String file, DocumentType documentType, int pages, Map<String, ExtractedField> fields,
			List<ExtractionIssue> issues, String error) {
		this(file, documentType, pages, fields, issues, error, List.of());
	}

	/** The result for a file that could not be processed at all. */
	public static DocumentResult failed(String file, String error) {
		return new DocumentResult(file, DocumentType.UNKNOWN, 0, Map.of(), List.of(), error);
	}

	/**
	 * The result of a file of {@code pages} pages holding {@code documents} (at least one), the primary one at the
	 * top level.
	 */
	public static DocumentResult of(String file, int pages, List<FoundDocument> documents) {
		FoundDocument primary = documents.get(primaryIndex(documents));
		return new DocumentResult(file, primary.documentType(), pages, primary.fields(), primary.issues(), null,
				documents);
	}

	/**
	 * The same result with the primary document's fields and issues replaced (at the top level and in
	 * {@code documents}), e.g. after the registry cross-check.
	 */
	public DocumentResult withPrimary(Map<String, ExtractedField> newFields, List<ExtractionIssue> newIssues) {
		List<FoundDocument> found = new ArrayList<>(documents);
		if (!found.isEmpty()) {
			int i = primaryIndex(found);
			FoundDocument old = found.get(i);
			found.set(i, new FoundDocument(old.documentType(), old.pages(), newFields, newIssues));
		}
		return new DocumentResult(file, documentType, pages, newFields, newIssues, error, found);
	}

	/** Where the primary document stands in {@code documents} (0 when the list is empty). */
	public int primaryIndex() {
		return primaryIndex(documents);
	}

	private static int primaryIndex(List<FoundDocument> documents) {
		for (DocumentType type : List.of(DocumentType.BUSINESS_LICENSE, DocumentType.BANK_VOUCHER)) {
			for (int i = 0; i < documents.size(); i++) {
				if (documents.get(i).documentType() == type) {
					return i;
				}
			}
		}
		return 0;
	}
}
