package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;

import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadPage;

/**
 * Splits a file's pages into the documents it holds. Each page is classified on its own; a license or voucher page
 * starts a document, a page of neither kind continues the document before it (the back of a form, a second sheet)
 * and pages before the first document (a cover sheet) belong to none. A file with no license or voucher page is one
 * document of the type the whole file classifies as, so a file that reads as one document is read as before.
 */
final class DocumentSplitter {

	/**
	 * Labels printed on a license's body. A checklist cover sheet names the license (营业执照) and its legal
	 * representative (法定代表人) but not these.
	 */
	private static final List<String> LICENSE_BODY = List.of("信用代码", "注册资本", "经营范围", "登记机关", "成立日期", "营业期限",
			"市场监督管理", "住所");

	private DocumentSplitter() {
	}

	/** One part of a file: its type and its pages in order. */
	record Part(DocumentType type, List<ReadPage> pages) {
	}

	static List<Part> split(List<ReadPage> pages) {
		int bestLicense = pages.stream().mapToInt(p -> LicenseClassifier.score(p.text())).max().orElse(0);
		List<Part> parts = new ArrayList<>();
		List<ReadPage> current = null;
		DocumentType currentType = null;
		for (ReadPage page : pages) {
			DocumentType type = pageType(page.text(), bestLicense);
			if (type != DocumentType.UNKNOWN) {
				if (current != null) {
					parts.add(new Part(currentType, current));
				}
				current = new ArrayList<>();
				currentType = type;
			}
			if (current != null) {
				current.add(page);
			}
		}
		if (current != null) {
			parts.add(new Part(currentType, current));
		}
		if (parts.isEmpty() && !pages.isEmpty()) {
			parts.add(new Part(DocumentClassifier.classify(pages.stream().map(ReadPage::text).toList()), pages));
		}
		return parts;
	}

	/**
	 * A page's own type. A voucher as {@link DocumentClassifier} tells one; a license needs two of its body labels
	 * and at least half the license score of the file's most license-like page, so a cover sheet listing the
	 * documents enclosed does not count as one.
	 */
	static DocumentType pageType(PageText page, int bestLicense) {
		int license = LicenseClassifier.score(page);
		int voucher = DocumentClassifier.voucherScore(page);
		if (voucher >= 4 && voucher > license) {
			return DocumentType.BANK_VOUCHER;
		}
		if (license >= 2 && 2 * license >= bestLicense && bodyLabels(page) >= 2) {
			return DocumentType.BUSINESS_LICENSE;
		}
		return DocumentType.UNKNOWN;
	}

	private static int bodyLabels(PageText page) {
		String text = ChineseDate.compact(page.plainText());
		return (int) LICENSE_BODY.stream().filter(text::contains).count();
	}
}
