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

	private static final String[] ACCOUNT = { "账号", "帐号" };

	private static final String[] BANK = { "开户银行", "汇出行名称", "汇入行名称", "开户行", "汇出行", "汇入行" };

	private static final Pattern SERIAL = Pattern.compile("(?:No|NO|N0|№)[.,:]?(\\d{6,12})");

	/** Text fields with nothing to check them against stay below the trusted range. */
	private static final double UNCHECKED = 0.85;

	private final VoucherPage page;

	private final FieldSource source;

	private final FieldRereader rereader;

	private final int width;

	VoucherReading(VoucherPage page, FieldSource source, FieldRereader rereader) {
		this.page = page;
		this.source = source;
		this.rereader = rereader;
		this.width = page.text().width();
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		title(fields);
		date(fields, issues);
		serial(fields);
		parties(fields, issues);
		new AmountRow(page, source, rereader).read(fields, issues);
		page.find("用途").stream().findFirst().ifPresent(label -> {
			ValueText v = page.widestCell(label, label.right(), width)
				.map(cell -> page.inCell(label, cell, VoucherReading::isValueChar))
				.orElseGet(() -> page.rightOf(label, width, VoucherReading::isValueChar));
			put(fields, "purpose", v == null ? null : v.text(), v, text(v));
		});
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
		for (ValueText line : page.lines()) {
			Optional<LocalDate> date = ChineseDate.find(line.text()).or(() -> CapitalDate.find(line.text()));
			if (date.isPresent()) {
				LocalDate d = date.get();
				boolean plausible = d.getYear() >= 1990 && !d.isAfter(LocalDate.now().plusDays(1));
				if (!plausible) {
					issues.add(new ExtractionIssue("voucherDate", "IMPLAUSIBLE_DATE", "date " + d + " is out of range"));
				}
				boolean agreed = plausible && rereadAgrees(line, s -> ChineseDate.find(s).or(() -> CapitalDate.find(s))
					.map(LocalDate::toString)
					.orElse(""), d.toString());
				fields.put("voucherDate", new ExtractedField(d.toString(),
						!plausible ? 0.3 : agreed ? 0.93 : Math.min(UNCHECKED, line.quality()), source, line.box()));
				return;
			}
		}
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
						agreed ? 0.93 : Math.min(UNCHECKED, line.quality()), source, line.box()));
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
			switch (suffix) {
				case "Account" -> account(key, v, fields, issues);
				case "Bank" -> put(fields, key, v == null ? null : v.text(), v, bank(v));
				default -> put(fields, key, v == null ? null : v.text(), v, text(v));
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
		double confidence = !plausible ? 0.3 : !clean ? 0.5 : Math.min(UNCHECKED, v.quality());
		if (plausible && clean && rereadAgrees(v, s -> s.replaceAll("\\D", ""), digits)) {
			confidence = 0.93;
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
		Box b = v.box();
		int pad = Math.max(6, b.h() / 3);
		Box region = new Box(b.page(), Math.max(0, b.x() - pad), Math.max(0, b.y() - pad), b.w() + 2 * pad,
				b.h() + 2 * pad);
		return rereader.reread(region).map(again -> norm.apply(again.text())).filter(expected::equals).isPresent();
	}

	private void put(Map<String, ExtractedField> fields, String key, String value, ValueText v, double confidence) {
		if (value == null || value.isBlank()) {
			return;
		}
		fields.put(key, new ExtractedField(value, confidence, source, v.box()));
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
