package com.onereview.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.onereview.ocr.Box;
import com.onereview.ocr.PageText;

/**
 * One license page being read. Confidence starts from the OCR confidences and is capped by what a
 * validator can vouch for: free text never reaches 0.9 from OCR alone, since a wrong value at 0.9 is the worst outcome.
 */
final class LicenseReading {

	private static final Pattern CAPITAL = Pattern
		.compile("^(人民币|美元|港币)?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+|\\d+(\\.\\d+)?)(万)?(元|圆)?(整|正)?(人民币)?$");

	private static final Pattern AUTHORITY = Pattern.compile("[\\p{IsHan}]{2,20}(市场监督管理局|工商行政管理局|行政审批局)");

	private static final String ADDRESS = "^\\p{IsHan}{2,}[省市区].*(号|室|层|楼|座|栋|单元)$";

	/** Names end in their kind: 公司, 分公司, 合伙企业（有限合伙）, 商行, 工作室, 理发店, 专业合作社 … */
	private static final String NAME_END = ".*(公司|厂|店|中心|企业|社|部|所|行|室|馆)([（(](有限|普通|特殊普通)合伙[）)])?$";

	/** An executive partner that is itself a company names the person it delegates (委派代表). */
	private static final String DELEGATING_PARTNER = "\\p{IsHan}{4,30}(公司|企业)[（(]委派代表[：:]\\p{IsHan}{2,4}[）)]";

	private final PageText page;

	private final FieldSource source;

	private final List<Glyph> glyphs;

	private final Map<LicenseLabel, FoundLabel> labels;

	private final ValueLocator locator;

	private final ContentFallback fallback;

	private final SecondReading second;

	LicenseReading(PageText page, FieldSource source, FieldRereader rereader, java.awt.image.BufferedImage image) {
		this.page = page;
		this.source = source;
		this.glyphs = source == FieldSource.OCR ? StampInk.withoutStamps(Glyph.of(page), image) : Glyph.of(page);
		this.labels = LabelFinder.find(glyphs);
		this.locator = new ValueLocator(glyphs, labels.values(), page.width());
		this.fallback = new ContentFallback(glyphs, page.height());
		this.second = new SecondReading(rereader, locator, page.width());
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		new CreditCodeField(page, glyphs, labels, locator).read(issues)
			.ifPresent(f -> put(fields, "creditCode", f.code(), f.confidence(), f.box()));
		text(fields, "companyName", LicenseLabel.NAME, true,
				FieldRule.reread(v -> v.matches(NAME_END), 0.85, 0.6, 0.88).withRepair(LicenseReading::fullWidthBrackets));
		text(fields, "companyType", LicenseLabel.TYPE, true,
				FieldRule.reread(CompanyTypes::isKnown, 0.93, 0.7, 0.95).withRepair(CompanyTypes::complete));
		text(fields, "legalRepresentative", LicenseLabel.PERSON, false,
				FieldRule.reread(v -> v.matches("\\p{IsHan}{2,4}") || v.matches(DELEGATING_PARTNER), 0.85, 0.5, 0.88)
					.withRepair(LicenseReading::fullWidthBrackets));
		text(fields, "registeredCapital", LicenseLabel.CAPITAL, false,
				FieldRule.reread(v -> CAPITAL.matcher(v).matches(), 0.85, 0.5, 0.88).withRepair(LicenseReading::capital));
		text(fields, "address", LicenseLabel.ADDRESS, true, FieldRule.reread(v -> v.matches(ADDRESS), 0.8, 0.7, 0.88));
		text(fields, "businessScope", LicenseLabel.SCOPE, true, FieldRule.pageOnly(0.75).withRepair(ScopeBoilerplate::repair));
		dates(fields, issues);
		authority(fields);
	}

	private void text(Map<String, ExtractedField> fields, String key, LicenseLabel label, boolean wraps, FieldRule rule) {
		Located found = locate(label, wraps, rule.reread());
		java.util.function.UnaryOperator<String> repair = t -> rule.repair().apply(withoutLabelTail(t, label));
		ReadingChoice choice = found == null ? null : ReadingChoice.choose(found.page(), found.again(), rule.valid(), repair);
		if (choice == null) {
			return;
		}
		double c = rule.confidence(choice);
		put(fields, key, choice.value().text(), found.byLooks() ? Math.min(c, 0.75) : c, choice.value().box());
	}

	/** OCR joins a label's last character to the value (所 of 住所, 称 of 名称); no value starts with it. */
	static String withoutLabelTail(String text, LicenseLabel label) {
		for (String v : label.variants) {
			if (text.length() > 1 && text.charAt(0) == v.charAt(v.length() - 1)) {
				return clean(text.substring(1));
			}
		}
		return text;
	}

	/** A value found beside its label (or by its looks when the label was lost), and its re-reading if asked for. */
	private Located locate(LicenseLabel label, boolean wraps, boolean reread) {
		FoundLabel found = labels.get(label);
		List<Glyph> value = found != null ? locator.valueOf(found, wraps) : fallback.find(label);
		if (value.isEmpty()) {
			return null;
		}
		ValueText again = reread ? second.of(value, found) : null;
		return new Located(ValueText.of(value), again, found == null);
	}

	/**
	 * Names print their brackets and colons full-width (（有限合伙）, （委派代表：…）) and CONTRACT.md keeps them so;
	 * OCR engines return them half-width.
	 */
	static String fullWidthBrackets(String s) {
		return s.replace('(', '（').replace(')', '）').replace(':', '：');
	}

	/** 什 never stands in an amount: it is OCR's 拾. */
	private static String capital(String s) {
		return s.replace('什', '拾');
	}

	private static ValueText capped(ValueText v, double cap) {
		return new ValueText(v.text(), v.box(), Math.min(v.meanConfidence(), cap), Math.min(v.minConfidence(), cap));
	}

	private record Located(ValueText page, ValueText again, boolean byLooks) {
	}

	private void dates(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		ReadingChoice est = dateReading(LicenseLabel.ESTABLISHED, t -> LicenseReading.date(t).isPresent());
		ReadingChoice term = dateReading(LicenseLabel.TERM, t -> BusinessTerm.parse(t).isPresent());
		Optional<LocalDate> established = est == null ? Optional.empty() : date(est.value().text());
		Optional<BusinessTerm> parsed = term == null ? Optional.empty() : BusinessTerm.parse(term.value().text());
		LocalDate start = parsed.map(BusinessTerm::start).orElse(null);
		boolean agree = established.isPresent() && established.get().equals(start);
		if (est != null && established.isEmpty()) {
			issues.add(new ExtractionIssue("establishedDate", "UNPARSEABLE_DATE", "cannot read a date in: " + est.value().text()));
		}
		established.ifPresent(d -> put(fields, "establishedDate", d.toString(), dateConfidence(est, agree), est.value().box()));
		if (term != null && parsed.isEmpty()) {
			issues.add(new ExtractionIssue("businessTermStart", "UNPARSEABLE_DATE", "cannot read the term in: " + term.value().text()));
		}
		parsed.ifPresent(t -> {
			Box box = term.value().box();
			if (t.start() != null) {
				put(fields, "businessTermStart", t.start().toString(), dateConfidence(term, agree), box);
			}
			boolean regular = t.unlimited() || t.start() != null && t.end().plusDays(1).getDayOfMonth() == t.start().getDayOfMonth()
					&& t.end().plusDays(1).getMonth() == t.start().getMonth();
			double q = term.quality();
			put(fields, "businessTermEnd", t.endValue(), regular && !term.disagreed() ? Math.min(0.93, q + 0.05) : Math.min(0.8, q), box);
		});
		registrationDate(fields, established.orElse(null));
	}

	/** A date field's page reading and re-reading, compared on their date characters. */
	private ReadingChoice dateReading(LicenseLabel label, java.util.function.Predicate<String> valid) {
		Located found = locate(label, false, true);
		ReadingChoice c = found == null ? null : ReadingChoice.choose(found.page(), found.again(), valid, LicenseReading::dateChars);
		if (c == null || !found.byLooks()) {
			return c;
		}
		return new ReadingChoice(capped(c.value(), 0.75), Math.min(c.quality(), 0.75), c.valid(), c.agreed(), c.disagreed());
	}

	private static Optional<LocalDate> date(String text) {
		return ChineseDate.find(text).filter(LicenseFieldExtractor::plausible);
	}

	/** Two readings of one date, or the established date and the term's start, agreeing make it likely right. */
	private static double dateConfidence(ReadingChoice v, boolean agree) {
		if (agree || v.agreed()) {
			return Math.min(0.95, v.quality() + 0.08);
		}
		return Math.min(v.disagreed() ? 0.7 : 0.8, v.quality());
	}

	private void registrationDate(Map<String, ExtractedField> fields, LocalDate established) {
		FoundLabel label = labels.get(LicenseLabel.AUTHORITY);
		List<List<Glyph>> rows;
		if (label != null) {
			int h = label.height();
			rows = locator.rowsBelow(label.box(), 6 * h, label.box().x() - 4 * h, label.box().right() + 10 * h);
		}
		else {
			Box bottomRight = new Box(page.pageNumber(), page.width() / 2, page.height() * 2 / 3, page.width() / 2, 40);
			rows = locator.rowsBelow(bottomRight, page.height() / 3, page.width() / 2, page.width());
		}
		for (List<Glyph> row : rows) {
			ValueText v = ValueText.of(row);
			Optional<LocalDate> d = v == null ? Optional.empty() : ChineseDate.find(dateChars(v.text()));
			if (d.isPresent() && LicenseFieldExtractor.plausible(d.get())) {
				boolean ordered = established == null || !d.get().isBefore(established);
				put(fields, "registrationDate", d.get().toString(), ordered ? Math.min(0.88, base(v)) : 0.4, v.box());
				return;
			}
		}
	}

	private void authority(Map<String, ExtractedField> fields) {
		for (int line = 0; line < page.lines().size(); line++) {
			int l = line;
			ValueText v = ValueText.of(glyphs.stream().filter(g -> g.line() == l).toList());
			Matcher m = v == null ? null : AUTHORITY.matcher(v.text());
			if (m != null && m.find()) {
				put(fields, "registrationAuthority", m.group(), Math.min(0.6, base(v)), v.box());
				return;
			}
		}
	}

	/** Text layers are exact characters; OCR is as good as its weakest characters. */
	private static double base(ValueText v) {
		return v.quality();
	}

	private void put(Map<String, ExtractedField> fields, String key, String value, double confidence, Box box) {
		double c = Math.max(0, Math.min(source == FieldSource.TEXT_LAYER ? 0.97 : 0.97, confidence));
		fields.put(key, new ExtractedField(value, Math.round(c * 100) / 100.0, source, box));
	}

	/** OCR puts stray quotes and marks at a value's start; drop them and keep the text as printed. */
	static String clean(String s) {
		return s.replaceAll("^[\\p{Punct}“”‘’\"'·:：、,，。|]+", "")
			.replaceAll("[|]+$", "")
			.strip()
			.replace('《', '（')
			.replace('〈', '（')
			.replace('》', '）')
			.replace('〉', '）');
	}

	private static String dateChars(String s) {
		return s.replaceAll("[^0-9年月日至长期不约定限永久.\\-/]", "");
	}
}
