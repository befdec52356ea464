package com.onereview.extraction;

import java.util.List;
import java.util.Map;

/**
 * A party cell (全称, 账号, 开户银行) or the purpose's a red stamp lies over. The page OCR read the print through the stamp (its red
 * glyphs dropped, but strokes it took for print may stay and characters under it may be lost); the cell is read
 * again from the page with the stamp's ink washed out, by PaddleOCR and by Tesseract. Two of the readings alike
 * (two engines, or the same engine on two images) are taken as agreeing; otherwise the first washed reading that
 * has the value's shape is taken, below the trusted range, with an issue.
 */
final class StampedCell {

	/** Two readings of the same digits; still no check digit to back them. */
	static final double DIGITS_AGREED = 0.88;

	/** Two readings of the same name or bank. */
	static final double TEXT_AGREED = 0.9;

	/** The readings differ and the one taken has the value's shape. */
	static final double SHAPED = 0.6;

	/** The readings differ and none has the value's shape. */
	static final double UNSHAPED = 0.3;

	private static final String BANK_SHAPE = ".*(银行|信用社|农商行).*(行|部|社|所)";

	static final String NAME_SHAPE = ".{2,}(公司|厂|店|部|中心|所|社|院|会|行)";

	private final String key;

	private final ValueText page;

	private final List<ValueText> washed;

	private final FieldSource source;

	private final List<ExtractionIssue> issues;

	/**
	 * @param key the field, e.g. {@code payerAccount}
	 * @param page the page OCR's glyphs in the cell, {@code null} when it found none
	 * @param washed the cell read again from the washed page, the more trusted engine first
	 */
	StampedCell(String key, ValueText page, List<ValueText> washed, FieldSource source, List<ExtractionIssue> issues) {
		this.key = key;
		this.page = page;
		this.washed = washed;
		this.source = source;
		this.issues = issues;
	}

	/** Whether a washed reading with the value's shape is confirmed by another reading: no more need be read. */
	boolean agreed() {
		return confirmed() >= 0;
	}

	/** The first washed reading with the value's shape that another reading confirms, or -1. */
	private int confirmed() {
		String first = normalized(page);
		List<String> again = washed.stream().map(this::normalized).toList();
		for (int i = 0; i < again.size(); i++) {
			String a = again.get(i);
			if (shaped(a) && (a.equals(first) || again.subList(i + 1, again.size()).contains(a))) {
				return i;
			}
		}
		return -1;
	}

	void resolve(Map<String, ExtractedField> fields) {
		String first = normalized(page);
		List<String> again = washed.stream().map(this::normalized).toList();
		int confirmed = confirmed();
		if (confirmed >= 0) {
			put(fields, again.get(confirmed), washed.get(confirmed), key.endsWith("Account") ? DIGITS_AGREED : TEXT_AGREED);
			return;
		}
		int shapedAgain = -1;
		for (int i = 0; i < again.size() && shapedAgain < 0; i++) {
			shapedAgain = shaped(again.get(i)) ? i : -1;
		}
		String value;
		ValueText where;
		double confidence;
		if (shapedAgain >= 0) {
			value = again.get(shapedAgain);
			where = washed.get(shapedAgain);
			confidence = SHAPED;
		}
		else if (shaped(first)) {
			value = first;
			where = page;
			confidence = SHAPED;
		}
		else {
			int any = again.indexOf(again.stream().filter(a -> !a.isEmpty()).findFirst().orElse(""));
			value = any >= 0 && !again.get(any).isEmpty() ? again.get(any) : first;
			where = any >= 0 && !again.get(any).isEmpty() ? washed.get(any) : page;
			confidence = UNSHAPED;
		}
		if (value.isEmpty()) {
			return;
		}
		issues.add(new ExtractionIssue(key, "STAMP_OVER_VALUE", "a stamp lies over the value; read through it '"
				+ first + "', read with its ink washed out " + again));
		put(fields, value, where, confidence);
	}

	/** The reading as the field's value: an account's digits, else the value characters without a leading label. */
	String normalized(ValueText v) {
		if (v == null) {
			return "";
		}
		if (key.endsWith("Account")) {
			String compact = v.text().replaceAll("\\s", "");
			return compact.matches("\\d+") ? compact : compact.replaceAll("\\D", "").isEmpty() ? "" : compact;
		}
		StringBuilder sb = new StringBuilder();
		v.text().codePoints().filter(VoucherReading::isValueChar).forEach(sb::appendCodePoint);
		String kept = VoucherReading.withoutLabel(sb.toString());
		return kept == null ? "" : kept;
	}

	/** Whether a normalized reading looks like the field: 12 to 25 digits, a bank branch, a name. */
	boolean shaped(String value) {
		if (key.endsWith("Account")) {
			return value.matches("\\d{12,25}");
		}
		if (key.endsWith("Bank")) {
			return value.matches(BANK_SHAPE);
		}
		if (key.equals("purpose")) {
			// a purpose has no shape but a word's length
			return value.length() >= 2;
		}
		return value.matches(NAME_SHAPE);
	}

	private void put(Map<String, ExtractedField> fields, String value, ValueText v, double confidence) {
		if (key.endsWith("Account") && !value.matches("\\d+")) {
			// an account with other characters in it is no account yet: keep its digits, flagged
			issues.add(new ExtractionIssue(key, "ACCOUNT_NOT_DIGITS",
					"an account number is digits only; the reading had other characters: " + value));
			value = value.replaceAll("\\D", "");
			confidence = Math.min(confidence, UNSHAPED);
		}
		fields.put(key, new ExtractedField(value, confidence, source, v.box()));
	}
}
