package com.onereview.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.onereview.ocr.Box;

/**
 * Reads one voucher page: the payer block left, the payee block right, the amount row, the title, date and No.
 * Confidence stays below 0.9 unless a check backs the value: the amount in words equal to the figures, or a
 * second reading of the value's crop agreeing with the first.
 */
final class VoucherReading {

	private static final String CAPITALS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正";

	private static final String[] NAME = { "全称", "户名" };

	static final String[] ACCOUNT = { "账号", "帐号" };

	static final String[] BANK = { "开户银行", "汇出行名称", "汇入行名称", "开户行", "汇出行", "汇入行" };

	private static final Pattern SERIAL = Pattern.compile("(?:No|NO|N0|№)[.,:]?(\\d{6,12})");

	/**
	 * Digit strings (accounts, No., dates) read twice alike: a second reading of the same crop shares the first
	 * one's misreadings (6 as 0 was seen), and they carry no check digit, so agreement stays below 0.9.
	 */
	private static final double DIGITS_AGREED = 0.88;

	/** Text fields with nothing to check them against stay below the trusted range. */
	private static final double UNCHECKED = 0.85;

	private final VoucherPage page;

	private final FieldSource source;

	private final FieldRereader rereader;

	private final List<FieldRereader> washed;

	private final int width;

	/**
	 * @param rereader re-reads a crop of the page image as it is
	 * @param washed re-readers of crops of the page with the stamps' red ink washed out ({@link StampInk#washed}),
	 * the more trusted first
	 */
	VoucherReading(VoucherPage page, FieldSource source, FieldRereader rereader, List<FieldRereader> washed) {
		this.page = page;
		this.source = source;
		this.rereader = rereader;
		this.washed = washed;
		this.width = page.text().width();
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		title(fields);
		date(fields, issues);
		serial(fields);
		parties(fields, issues);
		new AmountRow(page, source, rereader, washed).read(fields, issues);
		purpose(fields, issues);
	}

	private void purpose(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		// a 转账凭证 prints the purpose as 摘要
		Optional<Box> labelled = page.find("用途", "摘要").stream().findFirst();
		if (labelled.isEmpty()) {
			belowAmount().ifPresent(v -> put(fields, "purpose", v.text(), v, Math.min(0.7, text(v))));
			return;
		}
		labelled.ifPresent(label -> {
			Optional<int[]> cell = page.widestCell(label, label.right(), width);
			ValueText v = cell.map(c -> page.inCell(label, c, VoucherReading::isValueChar)).orElse(null);
			if (v == null) {
				v = page.rightOf(label, width, VoucherReading::isValueChar);
			}
			if (cell.isPresent() && resolvedUnderStamp("purpose", label, cell.get(), v, fields, issues)) {
				return;
			}
			put(fields, "purpose", v == null ? null : v.text(), v, text(v));
		});
	}

	/** A value cell a stamp lies over, read again from the washed page and settled by {@link StampedCell}. */
	private boolean resolvedUnderStamp(String key, Box label, int[] cell, ValueText v, Map<String, ExtractedField> fields,
			List<ExtractionIssue> issues) {
		Box box = VoucherPage.cellBox(label, cell);
		if (!page.stamped(box) || washed.stream().noneMatch(FieldRereader::available)) {
			return false;
		}
		// the next engine reads only while no two readings agree
		List<ValueText> again = new java.util.ArrayList<>();
		for (FieldRereader w : washed) {
			w.reread(box).ifPresent(again::add);
			if (new StampedCell(key, v, again, source, issues).agreed()) {
				break;
			}
		}
		new StampedCell(key, v, again, source, issues).resolve(fields);
		return true;
	}

	/** The row under the amount, where 进账单, 电汇凭证 and 转账凭证 print the purpose, when its label was not read. */
	private Optional<ValueText> belowAmount() {
		Optional<Box> amount = page.find("人民币", "大写").stream().findFirst();
		Optional<Box> bank = page.find(BANK).stream().findFirst();
		if (amount.isEmpty() || bank.isEmpty() || amount.get().y() <= bank.get().y()) {
			return Optional.empty();
		}
		Box a = amount.get();
		Box row = new Box(a.page(), a.x(), a.y() + (a.y() - bank.get().y()), a.w(), a.h());
		return page.widestCell(row, 0, width).map(cell -> page.inCell(row, cell, VoucherReading::isValueChar));
	}

	private void title(Map<String, ExtractedField> fields) {
		for (String title : DocumentClassifier.VOUCHER_TITLES) {
			List<Box> found = page.find(title);
			if (!found.isEmpty()) {
				fields.put("voucherType", new ExtractedField(title, 0.95, source, found.get(0)));
				return;
			}
		}
	}

	private void date(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		List<ValueText> lines = page.lines();
		for (ValueText line : lines) {
			Optional<LocalDate> date = ChineseDate.find(line.text()).or(() -> CapitalDate.find(line.text()));
			if (date.isPresent()) {
				boolean agreed = rereadAgrees(line, s -> anyDate(s).map(LocalDate::toString).orElse(""),
						date.get().toString());
				putDate(fields, issues, date.get(), agreed ? DIGITS_AGREED : Math.min(UNCHECKED, line.quality()), line.box());
				return;
			}
		}
		// capitals the page OCR took for Latin: read the lines above the table again, alone
		int tableTop = page.find(NAME).stream().mapToInt(Box::y).min().orElse(page.text().height() / 3);
		for (ValueText line : lines) {
			if (line.box().bottom() > tableTop || !rereader.available()) {
				continue;
			}
			Optional<ValueText> again = rereader.reread(padded(line.box()));
			Optional<LocalDate> date = again.flatMap(a -> anyDate(a.text()));
			if (date.isPresent()) {
				putDate(fields, issues, date.get(), 0.8, again.get().box());
				return;
			}
		}
	}

	private static Optional<LocalDate> anyDate(String text) {
		return ChineseDate.find(text).or(() -> CapitalDate.find(CapitalConfusions.replace(text)));
	}

	private void putDate(Map<String, ExtractedField> fields, List<ExtractionIssue> issues, LocalDate d,
			double confidence, Box box) {
		boolean plausible = d.getYear() >= 1990 && !d.isAfter(LocalDate.now().plusDays(1));
		if (!plausible) {
			issues.add(new ExtractionIssue("voucherDate", "IMPLAUSIBLE_DATE", "date " + d + " is out of range"));
		}
		fields.put("voucherDate", new ExtractedField(d.toString(), plausible ? confidence : 0.3, source, box));
	}

	private void serial(Map<String, ExtractedField> fields) {
		for (ValueText line : page.lines()) {
			Matcher m = SERIAL.matcher(line.text());
			if (m.find()) {
				boolean agreed = rereadAgrees(line, s -> {
					Matcher again = SERIAL.matcher(s);
					return again.find() ? again.group(1) : "";
				}, m.group(1));
				fields.put("serialNumber", new ExtractedField(m.group(1),
						agreed ? DIGITS_AGREED : Math.min(UNCHECKED, line.quality()), source, line.box()));
				return;
			}
		}
	}

	/** Where the payee block begins: a little left of the rightmost 全称 label, or the page's middle. */
	private int split() {
		List<Box> names = page.find(NAME);
		if (names.size() >= 2) {
			Box right = names.stream().max(java.util.Comparator.comparingInt(Box::x)).orElseThrow();
			if (right.x() > width / 3) {
				return right.x() - Math.max(60, right.h() * 2);
			}
		}
		return width / 2;
	}

	/** Each of the three rows is found by its label on either side; its value cells are the widest cells per block. */
	private void parties(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		int split = split();
		row(NAME, "Name", split, fields, issues);
		row(ACCOUNT, "Account", split, fields, issues);
		row(BANK, "Bank", split, fields, issues);
	}

	private void row(String[] labels, String suffix, int split, Map<String, ExtractedField> fields,
			List<ExtractionIssue> issues) {
		List<Box> found = page.find(labels);
		if (found.isEmpty()) {
			return;
		}
		for (String who : List.of("payer", "payee")) {
			int fromX = who.equals("payer") ? 0 : split;
			int toX = who.equals("payer") ? split : width;
			Box label = found.stream()
				.filter(b -> b.x() + b.w() / 2 >= fromX && b.x() + b.w() / 2 < toX)
				.findFirst()
				.orElse(found.get(0));
			Optional<int[]> cell = page.widestCell(label, fromX, toX);
			ValueText v;
			if (cell.isPresent()) {
				v = page.inCell(label, cell.get(), VoucherReading::isValueChar);
			}
			else if (label.x() + label.w() / 2 >= fromX && label.x() + label.w() / 2 < toX) {
				v = page.rightOf(label, toX, VoucherReading::isValueChar);
			}
			else {
				continue;
			}
			String key = who + suffix;
			if (cell.isPresent() && resolvedUnderStamp(key, label, cell.get(), v, fields, issues)) {
				continue;
			}
			switch (suffix) {
				case "Account" -> account(key, v, fields, issues);
				case "Bank" -> put(fields, key, v == null ? null : v.text(), v, bank(v));
				default -> put(fields, key, v == null ? null : v.text(), v, name(v));
			}
		}
	}

	static boolean isValueChar(int c) {
		return Character.isLetterOrDigit(c) || "()（）·-—&".indexOf(c) >= 0;
	}

	private void account(String key, ValueText v, Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		if (v == null) {
			return;
		}
		String digits = v.text().replaceAll("\\D", "");
		boolean clean = v.text().matches("\\d+");
		boolean plausible = digits.length() >= 12 && digits.length() <= 25;
		if (!plausible) {
			issues.add(new ExtractionIssue(key, "IMPLAUSIBLE_ACCOUNT",
					"an account number has 12 to 25 digits, read " + digits.length()));
		}
		if (plausible && !clean) {
			issues.add(new ExtractionIssue(key, "ACCOUNT_NOT_DIGITS",
					"an account number is digits only; the reading had other characters: " + v.text()));
		}
		double confidence = !plausible ? 0.3 : !clean ? 0.5 : Math.min(UNCHECKED, v.quality());
		if (plausible && clean && rereadAgrees(v, s -> s.replaceAll("\\D", ""), digits)) {
			confidence = DIGITS_AGREED;
		}
		put(fields, key, digits.isEmpty() ? null : digits, v, confidence);
	}

	/** A name or purpose: nothing to check it against but the OCR's own confidence. */
	private double text(ValueText v) {
		if (v == null) {
			return 0;
		}
		boolean agreed = v.quality() >= 0.85 && rereadAgrees(v, s -> s, v.text());
		return agreed ? 0.9 : Math.min(UNCHECKED, v.quality());
	}

	/**
	 * A party's name: a company's ends as companies' do, a person's is two to four characters; any other reading
	 * may have been cut short (a photo's bent rules), so it stays below the trusted range however well it reads.
	 */
	private double name(ValueText v) {
		if (v == null) {
			return 0;
		}
		String t = withoutLabel(v.text());
		boolean shaped = t.matches(StampedCell.NAME_SHAPE) || t.matches("\\p{IsHan}{2,4}");
		return shaped ? text(v) : Math.min(UNSHAPED_NAME, text(v));
	}

	private static final double UNSHAPED_NAME = 0.7;

	/** A bank branch names its bank and ends as branches do. */
	private double bank(ValueText v) {
		if (v == null) {
			return 0;
		}
		boolean shaped = v.text().matches(".*(银行|信用社|农商行).*(行|部|社|所)");
		return shaped ? text(v) : Math.min(0.5, v.quality());
	}

	private boolean rereadAgrees(ValueText v, java.util.function.UnaryOperator<String> norm, String expected) {
		if (!rereader.available()) {
			return false;
		}
		return rereader.reread(padded(v.box())).map(again -> norm.apply(again.text())).filter(expected::equals).isPresent();
	}

	private static Box padded(Box b) {
		int pad = Math.max(6, b.h() / 3);
		return new Box(b.page(), Math.max(0, b.x() - pad), Math.max(0, b.y() - pad), b.w() + 2 * pad, b.h() + 2 * pad);
	}

	private void put(Map<String, ExtractedField> fields, String key, String value, ValueText v, double confidence) {
		String kept = withoutLabel(value);
		if (kept == null || kept.isBlank()) {
			return;
		}
		// a label read into the value means the cell's edge was missed: the rest may be cut too
		double c = kept.equals(value) ? confidence : Math.min(confidence, LABEL_IN_VALUE);
		fields.put(key, new ExtractedField(kept, c, source, v.box()));
	}

	private static final double LABEL_IN_VALUE = 0.5;

	/** The form's labels, which no name, bank or purpose starts with. */
	private static final List<String> FORM_LABELS = List.of("附加信息及用途", "汇入行名称", "汇出行名称", "开户银行", "用途",
			"全称", "账号", "摘要", "户名", "开户行");

	/** The value without a form label the OCR joined to its front. */
	static String withoutLabel(String value) {
		if (value == null) {
			return null;
		}
		for (String label : FORM_LABELS) {
			if (value.startsWith(label) && value.length() > label.length()) {
				return value.substring(label.length());
			}
		}
		return value;
	}

	static boolean isCapital(int c) {
		return CAPITALS.indexOf(c) >= 0;
	}

	static Optional<BigDecimal> figures(String text) {
		String s = text.replace(",", "");
		if (s.matches("\\d+\\.\\d{2}")) {
			return Optional.of(new BigDecimal(s));
		}
		if (s.matches("\\d{3,}")) {
			return Optional.of(new BigDecimal(s).movePointLeft(2));
		}
		return Optional.empty();
	}
}
