package com.onereview.extraction;

import java.util.List;
import java.util.Map;

/**
 * One document found in a file (a file may hold several: a license and its voucher in one PDF).
 * @param documentType what the document is
 * @param pages its pages, numbered in the whole file from 1, in order
 * @param fields its CONTRACT.md fields; the boxes carry the page numbers of the whole file
 * @param issues what a verifier must look at in this document
 */
public record FoundDocument(DocumentType documentType, List<Integer> pages, Map<String, ExtractedField> fields,
		List<ExtractionIssue> issues) {

	public FoundDocument {
		pages = List.copyOf(pages);
	}
}
