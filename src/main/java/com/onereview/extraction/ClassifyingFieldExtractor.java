package com.onereview.extraction;

import java.util.List;
import java.util.Map;

import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;

/** Classifies the document once and hands it to the extractor for its type. */
class ClassifyingFieldExtractor implements FieldExtractor {

	private final FieldExtractor licenses;

	private final FieldExtractor vouchers;

	ClassifyingFieldExtractor(FieldExtractor licenses, FieldExtractor vouchers) {
		this.licenses = licenses;
		this.vouchers = vouchers;
	}

	@Override
	public DocumentResult extract(String file, ReadDocument document) {
		List<PageText> pages = document.pages().stream().map(ReadPage::text).toList();
		return switch (DocumentClassifier.classify(pages)) {
			case BUSINESS_LICENSE -> licenses.extract(file, document);
			case BANK_VOUCHER -> vouchers.extract(file, document);
			default -> new DocumentResult(file, DocumentType.UNKNOWN, pages.size(), Map.of(), List.of(), null);
		};
	}
}
