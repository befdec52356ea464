package com.onereview.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.onereview.ocr.Box;
import com.onereview.ocr.PageText;

/** The unified social credit code: beside or under its label, else any valid run on the page; checked, repaired. */
final class CreditCodeField {

	private final PageText page;

	private final List<Glyph> glyphs;

	private final Map<LicenseLabel, FoundLabel> labels;

	private final ValueLocator locator;

	CreditCodeField(PageText page, List<Glyph> glyphs, Map<LicenseLabel, FoundLabel> labels, ValueLocator locator) {
		this.page = page;
		this.glyphs = glyphs;
		this.labels = labels;
		this.locator = locator;
	}

	/** The code with its confidence and box; issues found on the way are added to {@code issues}. */
	Optional<Found> read(List<ExtractionIssue> issues) {
		ValueText found = codeNearLabel().or(this::codeAnywhere).orElse(null);
		if (found == null) {
			return Optional.empty();
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
		return Optional.of(new Found(r.code(), c, found.box()));
	}

	/** OCR sometimes splits one character into two (1 → 1I): drop up to two, if exactly one result is valid. */
	private static Optional<CreditCodeReading> withoutInsertions(String run) {
		Set<String> valid = new HashSet<>();
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

	private static void addIfValid(Set<String> valid, String candidate) {
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

	record Found(String code, double confidence, Box box) {
	}
}
