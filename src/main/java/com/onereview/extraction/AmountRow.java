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

	AmountRow(VoucherPage page, FieldSource source, FieldRereader rereader) {
		this.page = page;
		this.source = source;
		this.rereader = rereader;
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		Optional<Box> anchor = page.find("人民币").stream().findFirst().or(() -> page.find("大写").stream().findFirst());
		if (anchor.isEmpty()) {
			return;
		}
		Box label = anchor.get();
		int width = page.text().width();
		Optional<int[]> wordsCell = page.cellsBeside(label).stream().filter(c -> c[0] >= label.right() - 10).findFirst();
		List<ValueText> readings = new ArrayList<>();
		ValueText figures;
		if (wordsCell.isPresent()) {
			int[] cell = wordsCell.get();
			add(readings, page.inCell(label, cell, c -> true));
			Optional<BigDecimal> first = readings.isEmpty() ? Optional.empty() : AmountInWords.parse(readings.get(0).text());
			// figures computed below; a reading that parses may still have lost a character, so ask again unless sure
			if (first.isEmpty() || !first.equals(figuresOf(page.region(cell[1] + 3, width,
					label.centerY() - label.h() / 3, label.bottom() + label.h(), AmountRow::isFigure)))) {
				int[] band = VoucherPage.band(label);
				rereader.reread(new Box(label.page(), cell[0] + 4, band[0], cell[1] - cell[0] - 8, band[1] - band[0]))
					.ifPresent(again -> readings.add(again));
			}
			// below the 亿千百十… header of digit boxes, on the words' line or lower
			figures = page.region(cell[1] + 3, width, label.centerY() - label.h() / 3, label.bottom() + label.h(),
					AmountRow::isFigure);
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
				// every capital that could be read agrees with the figures; the rest was unreadable
				fields.put("amountInWords", field(spelling.get(), 0.85, best));
				fields.put("amount", field(fromFigures.get().toPlainString(), 0.93, figures));
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
