package com.onereview.extraction;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How far one text field's confidence may go: a validator's word caps what OCR confidence alone may claim.
 *
 * @param valid the field's check on the normalized (NFKC) text
 * @param validCap highest confidence of a valid reading
 * @param otherCap highest confidence of a reading that fails the check
 * @param agreedCap highest confidence of a valid reading both the page and the re-reading gave
 * @param reread whether a single-line re-reading helps this field
 * @param repair applied to each reading before it is checked
 */
record FieldRule(Predicate<String> valid, double validCap, double otherCap, double agreedCap, boolean reread,
		UnaryOperator<String> repair) {

	/** A rule without re-reading or repair. */
	static FieldRule pageOnly(double cap) {
		return new FieldRule(v -> true, cap, cap, cap, false, UnaryOperator.identity());
	}

	static FieldRule reread(Predicate<String> valid, double validCap, double otherCap, double agreedCap) {
		return new FieldRule(valid, validCap, otherCap, agreedCap, true, UnaryOperator.identity());
	}

	FieldRule withRepair(UnaryOperator<String> r) {
		return new FieldRule(valid, validCap, otherCap, agreedCap, reread, r);
	}

	/** Agreement lifts a valid value, disagreement pulls any value down. */
	double confidence(ReadingChoice choice) {
		double q = choice.quality();
		if (choice.valid() && choice.agreed()) {
			return Math.min(agreedCap, q + 0.1);
		}
		double cap = choice.valid() ? validCap : otherCap;
		return Math.min(choice.disagreed() ? cap - 0.15 : cap, q);
	}
}
