package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins consecutive documents that are copies of one (a voucher's 回单 and 记账联 scanned one after the other, a
 * license's 正本 and 副本): same type and the same identifying value, read on both. The better read copy's fields
 * stand for the document, which keeps both copies' pages.
 */
final class SameDocument {

	private SameDocument() {
	}

	static List<FoundDocument> merge(List<FoundDocument> documents) {
		List<FoundDocument> merged = new ArrayList<>();
		for (FoundDocument next : documents) {
			FoundDocument last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && same(last, next)) {
				FoundDocument better = found(next) > found(last) ? next : last;
				List<Integer> pages = new ArrayList<>(last.pages());
				pages.addAll(next.pages());
				merged.set(merged.size() - 1,
						new FoundDocument(better.documentType(), pages, better.fields(), better.issues()));
			}
			else {
				merged.add(next);
			}
		}
		return merged;
	}

	private static boolean same(FoundDocument a, FoundDocument b) {
		if (a.documentType() != b.documentType()) {
			return false;
		}
		String key = identity(a);
		return key != null && key.equals(identity(b));
	}

	/** What tells one document of its type from another; {@code null} when it was not read. */
	private static String identity(FoundDocument document) {
		return switch (document.documentType()) {
			case BUSINESS_LICENSE -> value(document, "creditCode");
			case BANK_VOUCHER -> {
				String serial = value(document, "serialNumber");
				String amount = value(document, "amount");
				String payer = value(document, "payerAccount");
				String payee = value(document, "payeeAccount");
				yield serial != null && amount != null ? serial + "|" + amount
						: amount != null && payer != null && payee != null ? amount + "|" + payer + "|" + payee : null;
			}
			default -> null;
		};
	}

	private static String value(FoundDocument document, String key) {
		ExtractedField field = document.fields().get(key);
		return field == null || field.value() == null || field.value().isBlank() ? null : field.value();
	}

	private static long found(FoundDocument document) {
		return document.fields().values().stream().map(ExtractedField::value).filter(Objects::nonNull).count();
	}
}
