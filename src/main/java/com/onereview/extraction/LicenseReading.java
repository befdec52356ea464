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

	private static final Pattern CODE_RUN = Pattern.compile("[0-9A-Z]{18}");

	private static final List<String> TYPES = List.of("有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "有限责任公司(法人独资)",
			"股份有限公司(非上市、自然人投资或控股)", "有限责任公司(非自然人投资或控股的法人独资)", "其他有限责任公司", "个人独资企业", "普通合伙企业",
			"有限合伙企业", "个体工商户", "股份有限公司(上市)", "有限责任公司(国有独资)", "有限责任公司分公司(自然人投资或控股)", "农民专业合作社");

	private final PageText page;

	private final FieldSource source;

	private final List<Glyph> glyphs;

	private final Map<LicenseLabel, FoundLabel> labels;

	private final ValueLocator locator;

	private final ContentFallback fallback;

	LicenseReading(PageText page, FieldSource source) {
		this.page = page;
		this.source = source;
		this.glyphs = Glyph.of(page);
		this.labels = LabelFinder.find(glyphs);
		this.locator = new ValueLocator(glyphs, labels.values(), page.width());
		this.fallback = new ContentFallback(glyphs, page.height());
	}

	void read(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		creditCode(fields, issues);
		text(fields, "companyName", LicenseLabel.NAME, true, v -> v.matches(".*(公司|厂|店|中心|企业|社|部|所)$") ? 0.85 : 0.6);
		text(fields, "companyType", LicenseLabel.TYPE, true, v -> TYPES.contains(v) ? 0.93 : 0.7);
		text(fields, "legalRepresentative", LicenseLabel.PERSON, false, v -> v.matches("\\p{IsHan}{2,4}") ? 0.85 : 0.5);
		text(fields, "registeredCapital", LicenseLabel.CAPITAL, false, v -> CAPITAL.matcher(v).matches() ? 0.85 : 0.5);
		text(fields, "address", LicenseLabel.ADDRESS, true, v -> 0.8);
		text(fields, "businessScope", LicenseLabel.SCOPE, true, v -> 0.75);
		dates(fields, issues);
		authority(fields);
	}

	private void creditCode(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		ValueText found = codeNearLabel().or(this::codeAnywhere).orElse(null);
		if (found == null) {
			return;
		}
		CreditCodeReading r = CreditCode.read(found.text());
		if (r.status() != CreditCodeReading.Status.VALID && found.text().length() > 18) {
			r = withoutInsertions(found.text()).orElse(r);
		}
		double c;
		switch (r.status()) {
			case VALID -> c = CreditCode.organisationCodeValid(r.code()) ? 0.97 : 0.85;
			case REPAIRED -> {
				c = 0.6;
				issues.add(new ExtractionIssue("creditCode", "CREDIT_CODE_REPAIRED",
						"read " + r.seen() + ", repaired to " + r.code() + " (OCR confusion)"));
			}
			case CHECK_MISMATCH -> {
				c = 0.2;
				issues.add(new ExtractionIssue("creditCode", "CHECKSUM_MISMATCH", "check character should be " + r.expectedCheck()));
			}
			default -> {
				c = 0.1;
				issues.add(new ExtractionIssue("creditCode", "MALFORMED", "not an 18-character credit code: " + r.seen()));
			}
		}
		put(fields, "creditCode", r.code(), c, found.box());
	}

	/** OCR sometimes splits one character into two (1 → 1I): drop up to two, if exactly one result is valid. */
	private static Optional<CreditCodeReading> withoutInsertions(String run) {
		java.util.Set<String> valid = new java.util.HashSet<>();
		for (int i = 0; i < run.length(); i++) {
			String one = run.substring(0, i) + run.substring(i + 1);
			for (int j = 0; j < one.length() && one.length() > 18; j++) {
				addIfValid(valid, one.substring(0, j) + one.substring(j + 1));
			}
			addIfValid(valid, one);
		}
		return valid.size() == 1
				? Optional.of(new CreditCodeReading(run, valid.iterator().next(), CreditCodeReading.Status.REPAIRED, valid.iterator().next().charAt(17)))
				: Optional.empty();
	}

	private static void addIfValid(java.util.Set<String> valid, String candidate) {
		if (candidate.length() == 18 && CreditCode.isValid(candidate) && CreditCode.organisationCodeValid(candidate)) {
			valid.add(candidate);
		}
	}

	private Optional<ValueText> codeNearLabel() {
		FoundLabel label = labels.get(LicenseLabel.CREDIT_CODE);
		if (label == null) {
			return Optional.empty();
		}
		int h = label.height();
		Optional<ValueText> right = codeIn(locator.row(label.box().centerY(), h, label.box().right(), page.width()));
		if (right.isPresent()) {
			return right;
		}
		for (List<Glyph> row : locator.rowsBelow(label.box(), 3 * h, label.box().x() - h, label.box().right() + 8 * h)) {
			Optional<ValueText> below = codeIn(row);
			if (below.isPresent()) {
				return below;
			}
		}
		return Optional.empty();
	}

	private Optional<ValueText> codeAnywhere() {
		for (int line = 0; line < page.lines().size(); line++) {
			int l = line;
			Optional<ValueText> v = codeIn(glyphs.stream().filter(g -> g.line() == l).toList());
			if (v.isPresent() && CreditCode.isValid(v.get().text())) {
				return v;
			}
		}
		return Optional.empty();
	}

	/** The first run of 18 code characters in a row, kept with its glyphs for the box. */
	private static Optional<ValueText> codeIn(List<Glyph> row) {
		List<Glyph> kept = row.stream().filter(g -> Character.isLetterOrDigit(g.c()) && g.c() < 128).toList();
		StringBuilder sb = new StringBuilder();
		kept.forEach(g -> sb.append(Character.toUpperCase(g.c())));
		Matcher m = Pattern.compile("[0-9A-Z]{18,20}").matcher(sb);
		if (!m.find()) {
			return Optional.empty();
		}
		ValueText v = ValueText.of(kept.subList(m.start(), m.end()));
		return Optional.of(new ValueText(m.group(), v.box(), v.meanConfidence(), v.minConfidence()));
	}

	private void text(Map<String, ExtractedField> fields, String key, LicenseLabel label, boolean wraps,
			java.util.function.ToDoubleFunction<String> cap) {
		ValueText v = valueOf(label, wraps);
		if (v == null) {
			return;
		}
		String value = clean(v.text()).replace('《', '（').replace('〈', '（').replace('》', '）').replace('〉', '）');
		if (value.isEmpty()) {
			return;
		}
		double c = Math.min(cap.applyAsDouble(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC)),
				base(v));
		put(fields, key, value, c, v.box());
	}

	private ValueText valueOf(LicenseLabel label, boolean wraps) {
		FoundLabel found = labels.get(label);
		if (found != null) {
			return ValueText.of(locator.valueOf(found, wraps));
		}
		ValueText v = ValueText.of(fallback.find(label));
		// found by its looks alone: a verifier must look at it
		return v == null ? null : new ValueText(v.text(), v.box(), Math.min(v.meanConfidence(), 0.75), Math.min(v.minConfidence(), 0.75));
	}

	private void dates(Map<String, ExtractedField> fields, List<ExtractionIssue> issues) {
		ValueText est = valueOf(LicenseLabel.ESTABLISHED, false);
		ValueText term = valueOf(LicenseLabel.TERM, false);
		Optional<LocalDate> established = LicenseFieldExtractor.date(est).filter(LicenseFieldExtractor::plausible);
		Optional<BusinessTerm> parsed = term == null ? Optional.empty() : BusinessTerm.parse(dateChars(term.text()));
		LocalDate start = parsed.map(BusinessTerm::start).orElse(null);
		boolean agree = established.isPresent() && established.get().equals(start);
		if (est != null && established.isEmpty()) {
			issues.add(new ExtractionIssue("establishedDate", "UNPARSEABLE_DATE", "cannot read a date in: " + est.text()));
		}
		established.ifPresent(d -> put(fields, "establishedDate", d.toString(), dateConfidence(est, agree), est.box()));
		if (term != null && parsed.isEmpty()) {
			issues.add(new ExtractionIssue("businessTermStart", "UNPARSEABLE_DATE", "cannot read the term in: " + term.text()));
		}
		parsed.ifPresent(t -> {
			if (t.start() != null) {
				put(fields, "businessTermStart", t.start().toString(), dateConfidence(term, agree), term.box());
			}
			boolean regular = t.unlimited() || t.start() != null && t.end().plusDays(1).getDayOfMonth() == t.start().getDayOfMonth()
					&& t.end().plusDays(1).getMonth() == t.start().getMonth();
			put(fields, "businessTermEnd", t.endValue(), regular ? Math.min(0.93, base(term) + 0.05) : Math.min(0.8, base(term)),
					term.box());
		});
		registrationDate(fields, established.orElse(null));
	}

	private static double dateConfidence(ValueText v, boolean agree) {
		return agree ? Math.min(0.95, base(v) + 0.08) : Math.min(0.8, base(v));
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
		return s.replaceAll("^[\\p{Punct}“”‘’\"'·:：、,，。|]+", "").replaceAll("[|]+$", "").strip();
	}

	private static String dateChars(String s) {
		return s.replaceAll("[^0-9年月日至长期不约定限永久.\\-/]", "");
	}
}
