package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;

/**
 * Splits a file into the documents it holds ({@link DocumentSplitter}), hands each to the extractor for its type,
 * and reports them all, the primary one (the first license, else the first voucher) at the top level.
 */
class ClassifyingFieldExtractor implements FieldExtractor {

	private final FieldExtractor licenses;

	private final FieldExtractor vouchers;

	ClassifyingFieldExtractor(FieldExtractor licenses, FieldExtractor vouchers) {
		this.licenses = licenses;
		this.vouchers = vouchers;
	}

	@Override
	public DocumentResult extract(String file, ReadDocument document) {
		List<FoundDocument> found = new ArrayList<>();
		for (DocumentSplitter.Part part : DocumentSplitter.split(document.pages())) {
			found.add(extract(file, document.mediaType(), part));
		}
		if (found.isEmpty()) {
			return new DocumentResult(file, DocumentType.UNKNOWN, 0, Map.of(), List.of(), null);
		}
		return DocumentResult.of(file, document.pages().size(), SameDocument.merge(found));
	}

	private FoundDocument extract(String file, String mediaType, DocumentSplitter.Part part) {
		List<Integer> pages = part.pages().stream().map(ReadPage::pageNumber).toList();
		ReadDocument alone = new ReadDocument(mediaType, part.pages());
		DocumentResult result = switch (part.type()) {
			case BUSINESS_LICENSE -> licenses.extract(file, alone);
			case BANK_VOUCHER -> vouchers.extract(file, alone);
			default -> new DocumentResult(file, DocumentType.UNKNOWN, pages.size(), Map.of(), List.of(), null);
		};
		return new FoundDocument(result.documentType(), pages, result.fields(), result.issues());
	}
}
