package com.onereview.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.onereview.ocr.Box;

/**
 * The amount row: 人民币(大写) in capitals, then 小写 in figures (plain or one digit per box); each checks the other.
 * Tesseract reads capitals poorly, so the words cell is read again alone, and when neither reading parses the
 * figures' own spellings are matched against them, unreadable characters allowed, contradicting ones not.
 */
final class AmountRow {

	private static final double AGREED = 0.97;

	private final VoucherPage page;

	private final FieldSource source;

	private final FieldRereader rereader;

	private final List<FieldRereader> washed;

	/**
	 * @param rereader re-reads a crop of the page image as it is
	 * @param washed re-readers of the page with stamp ink and the digit boxes' grey rules washed out, the more
	 * trusted first; tried before {@code rereader}
	 */
	AmountRow(VoucherPage page, FieldSource source, FieldRereader rereader, List<FieldRereader> washed) {
		this.page = page;
		this.source = source;
		this.rereader = rereader;
		this.washed = washed;
	}

	/** Every re-reader, the washed page's first. */
	private List<FieldRereader> rereaders() {
		List<FieldRereader> all = new ArrayList<>(washed);
		all.add(rereader);
		return all;
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		Optional<Box> anchor = page.find("人民币").stream()
			.findFirst()
			.or(() -> page.find("大写").stream().findFirst())
			.or(() -> page.find("金额").stream().findFirst())
			.or(this::underTheBankRow);
		if (anchor.isEmpty()) {
			return;
		}
		Box label = anchor.get();
		int width = page.text().width();
		// the widest cell right of the label: the words' (the figures' cell is narrower)
		Optional<int[]> wordsCell = page.cellsBeside(label)
			.stream()
			.filter(c -> c[0] >= label.right() - 10)
			.max(java.util.Comparator.comparingInt(c -> c[1] - c[0]));
		List<ValueText> readings = new ArrayList<>();
		ValueText figures;
		if (wordsCell.isPresent()) {
			int[] cell = wordsCell.get();
			add(readings, page.inCell(label, cell, c -> true));
			figures = page.regionLeftToRight(cell[1] + 3, width, label.centerY() - label.h() / 3,
					label.bottom() + label.h(), AmountRow::isFigure);
			Optional<BigDecimal> first = readings.isEmpty() ? Optional.empty() : AmountInWords.parse(readings.get(0).text());
			if (first.isEmpty() || !first.equals(figuresOf(figures))) {
				// the page reading of either may have lost a character: read both cells again, alone
				Box words = VoucherPage.cellBox(label, cell);
				for (FieldRereader r : rereaders()) {
					r.reread(words).ifPresent(readings::add);
				}
				figures = againFigures(figures, label, cell[1], width, readings);
			}
		}
		else {
			int figuresX = page.findBetween(label.right(), Integer.MAX_VALUE, "小写", "亿千", "千百十", "角分")
				.map(Box::x)
				.orElse(width * 3 / 5);
			add(readings, page.rightOf(label, figuresX - 10, c -> true));
			int band = label.h() * 2;
			figures = page.region(figuresX, width, label.y() - band, label.bottom() + band, AmountRow::isFigure);
		}
		Optional<BigDecimal> fromFigures = figures == null ? Optional.empty() : VoucherReading.figures(figures.text());
		judge(readings, figures, fromFigures, fields, issues);
	}

	/** Where the amount row's label would stand when the OCR lost the whole line: one row under 开户银行. */
	private Optional<Box> underTheBankRow() {
		Optional<Box> bank = page.find(VoucherReading.BANK).stream().findFirst();
		Optional<Box> account = page.find(VoucherReading.ACCOUNT).stream().findFirst();
		if (bank.isEmpty() || account.isEmpty() || bank.get().y() <= account.get().y()) {
			return Optional.empty();
		}
		Box b = bank.get();
		return Optional.of(new Box(b.page(), b.x(), b.y() + (b.y() - account.get().y()), b.w(), b.h()));
	}

	/**
	 * The figures read again, by each re-reader in turn: the first reading that agrees with some reading of the
	 * words; else the page's, or when the page had none the first that reads as figures.
	 */
	private ValueText againFigures(ValueText figures, Box label, int fromX, int width, List<ValueText> readings) {
		int top = label.centerY() - label.h() / 3;
		int right = page.cellsBeside(label).stream().filter(c -> c[0] >= fromX - 4).mapToInt(c -> c[1]).max().orElse(width);
		Box region = new Box(label.page(), fromX + 4, top, right - fromX - 8, label.bottom() + label.h() - top);
		ValueText fallback = figuresOf(figures).isPresent() ? figures : null;
		for (FieldRereader r : rereaders()) {
			Optional<ValueText> again = r.reread(region).map(a -> {
				String digits = a.text().replaceAll("[^0-9.,]", "");
				return new ValueText(digits, region, a.meanConfidence(), a.minConfidence());
			});
			if (again.isEmpty() || figuresOf(again.get()).isEmpty()) {
				continue;
			}
			BigDecimal value = figuresOf(again.get()).orElseThrow();
			boolean agrees = readings.stream()
				.map(w -> AmountInWords.parse(CapitalConfusions.repair(w.text())))
				.anyMatch(w -> w.isPresent() && w.get().compareTo(value) == 0);
			if (agrees) {
				return again.get();
			}
			fallback = fallback == null ? again.get() : fallback;
		}
		return fallback == null ? figures : fallback;
	}

	private static Optional<BigDecimal> figuresOf(ValueText figures) {
		return figures == null ? Optional.empty() : VoucherReading.figures(figures.text());
	}

	private void judge(List<ValueText> readings, ValueText figures, Optional<BigDecimal> fromFigures,
			Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		List<ValueText> parsing = readings.stream()
			.map(r -> new ValueText(CapitalConfusions.repair(r.text()), r.box(), r.meanConfidence(), r.minConfidence()))
			.filter(r -> AmountInWords.parse(r.text()).isPresent())
			.toList();
		// a reading equal to the figures wins; otherwise the first that parses, and it disagrees
		Optional<ValueText> parsed = parsing.stream()
			.filter(r -> fromFigures.isPresent() && AmountInWords.parse(r.text()).orElseThrow().compareTo(fromFigures.get()) == 0)
			.findFirst()
			.or(() -> parsing.stream().findFirst());
		if (parsed.isPresent()) {
			BigDecimal words = AmountInWords.parse(parsed.get().text()).orElseThrow();
			if (fromFigures.isPresent() && words.compareTo(fromFigures.get()) != 0) {
				issues.add(new ExtractionIssue("amount", "AMOUNT_MISMATCH",
						"in words " + words + ", in figures " + fromFigures.get()));
			}
			boolean equal = fromFigures.isPresent() && words.compareTo(fromFigures.get()) == 0;
			fields.put("amountInWords", field(parsed.get().text(), equal ? AGREED : fromFigures.isPresent() ? 0.3 : 0.8,
					parsed.get()));
			fields.put("amount", fromFigures.isPresent()
					? field(fromFigures.get().toPlainString(), equal ? AGREED : 0.3, figures)
					: new ExtractedField(words.toPlainString(), 0.7, FieldSource.DERIVED, parsed.get().box()));
			return;
		}
		if (readings.isEmpty()) {
			fromFigures.ifPresent(f -> fields.put("amount", field(f.toPlainString(), 0.6, figures)));
			return;
		}
		ValueText best = readings.get(readings.size() - 1);
		if (fromFigures.isPresent()) {
			Optional<String> spelling = closestSpelling(readings, fromFigures.get());
			if (spelling.isPresent()) {
				// every capital that could be read agrees with the figures; but an unreadable one may be the digit
				// that differs, so this is support, not proof
				fields.put("amountInWords", field(spelling.get(), 0.75, best));
				fields.put("amount", field(fromFigures.get().toPlainString(), 0.8, figures));
				return;
			}
			fields.put("amount", field(fromFigures.get().toPlainString(), 0.5, figures));
		}
		issues.add(new ExtractionIssue("amountInWords", "AMOUNT_IN_WORDS_UNREADABLE",
				"'" + best.text() + "' is not a valid amount in capitals"));
		fields.put("amountInWords", field(CapitalConfusions.repair(best.text()), 0.2, best));
	}

	/** The figures' spelling closest to a reading, when it differs only by at most two unreadable characters. */
	private static Optional<String> closestSpelling(List<ValueText> readings, BigDecimal amount) {
		String best = null;
		int bestDistance = 3;
		boolean yuanAsYuan = readings.stream().anyMatch(r -> r.text().contains("圆"));
		boolean zhengAsZheng = readings.stream().anyMatch(r -> r.text().contains("正"));
		if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
			return Optional.empty();
		}
		for (String spelling : AmountInWords.spellings(amount)) {
			for (ValueText r : readings) {
				int d = CapitalConfusions.distance(r.text(), spelling);
				if (d < bestDistance) {
					bestDistance = d;
					best = spelling;
				}
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		return Optional.of(best.replace('元', yuanAsYuan ? '圆' : '元').replace('整', zhengAsZheng ? '正' : '整'));
	}

	private static void add(List<ValueText> readings, ValueText v) {
		if (v != null) {
			readings.add(v);
		}
	}

	private static boolean isFigure(int c) {
		return Character.isDigit(c) || c == '.' || c == ',';
	}

	private ExtractedField field(String value, double confidence, ValueText v) {
		return new ExtractedField(value, confidence, source, v.box());
	}
}
