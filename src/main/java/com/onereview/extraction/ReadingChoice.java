package com.onereview.extraction;

import java.text.Normalizer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Which of two readings of one value to believe: a valid one over an invalid one, else the better read. Two
 * readings by different models that agree are evidence the value is right; two that disagree, that one is not.
 *
 * @param value the reading chosen, cleaned and repaired
 * @param quality its OCR quality; when the readings agree, the better of the two
 * @param valid the chosen text passes the field's check
 * @param agreed both readings exist and say the same
 * @param disagreed both readings exist and differ
 */
record ReadingChoice(ValueText value, double quality, boolean valid, boolean agreed, boolean disagreed) {

	/**
	 * @param page the page-wide reading, may be {@code null}
	 * @param again the re-reading, may be {@code null}
	 * @param repair applied to both texts after cleaning (e.g. completing a known company type)
	 */
	static ReadingChoice choose(ValueText page, ValueText again, Predicate<String> isValid, UnaryOperator<String> repair) {
		ValueText p = cleaned(page, repair);
		ValueText a = cleaned(again, repair);
		if (p == null || a == null) {
			ValueText only = p == null ? a : p;
			return only == null ? null : new ReadingChoice(only, only.quality(), isValid.test(norm(only.text())), false, false);
		}
		boolean pv = isValid.test(norm(p.text()));
		boolean av = isValid.test(norm(a.text()));
		if (norm(p.text()).equals(norm(a.text()))) {
			return new ReadingChoice(p, Math.max(p.quality(), a.quality()), pv, true, false);
		}
		ValueText pick = pv != av ? (pv ? p : a) : (a.quality() >= p.quality() ? a : p);
		return new ReadingChoice(pick, pick.quality(), pv || av, false, true);
	}

	private static ValueText cleaned(ValueText v, UnaryOperator<String> repair) {
		if (v == null) {
			return null;
		}
		String t = repair.apply(LicenseReading.clean(v.text()));
		return t.isEmpty() ? null : new ValueText(t, v.box(), v.meanConfidence(), v.minConfidence());
	}

	static String norm(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}
}
