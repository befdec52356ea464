package com.onereview.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.onereview.ocr.Box;

/**
 * Finds labels among a page's glyphs, whatever the letter-spacing: characters in one OCR line, in order,
 * within a few character heights. Labels of four or more characters may lose one character to OCR.
 */
final class LabelFinder {

	private LabelFinder() {
	}

	static Map<LicenseLabel, FoundLabel> find(List<Glyph> glyphs) {
		Map<LicenseLabel, FoundLabel> found = new EnumMap<>(LicenseLabel.class);
		for (LicenseLabel label : LicenseLabel.values()) {
			FoundLabel best = null;
			for (String variant : label.variants) {
				for (FoundLabel candidate : candidates(glyphs, label, variant, need(variant.length()))) {
					if (best == null || better(candidate, best)) {
						best = candidate;
					}
				}
			}
			if (best != null) {
				found.put(label, best);
			}
		}
		for (LicenseLabel label : LicenseLabel.values()) {
			if (!found.containsKey(label)) {
				partial(glyphs, label, found).ifPresent(l -> found.put(label, l));
			}
		}
		return found;
	}

	private static int need(int length) {
		return length >= 4 ? length - 1 : length;
	}

	/**
	 * A three-character label with one character lost to OCR (投资人 read 投资): two of its characters, the first among
	 * them, taken only where it starts a row level with the other labels' column and on no row of theirs, since two
	 * characters alone also occur inside values (投资 in 投资管理).
	 */
	private static java.util.Optional<FoundLabel> partial(List<Glyph> glyphs, LicenseLabel label,
			Map<LicenseLabel, FoundLabel> found) {
		FoundLabel best = null;
		for (String variant : label.variants) {
			if (variant.length() != 3) {
				continue;
			}
			for (FoundLabel candidate : candidates(glyphs, label, variant, 2)) {
				boolean firstKept = glyphs.stream()
					.anyMatch(g -> candidate.glyphs().contains(g.seq()) && g.c() == variant.charAt(0));
				if (firstKept && inLabelColumn(candidate, found.values()) && (best == null || better(candidate, best))) {
					best = candidate;
				}
			}
		}
		return java.util.Optional.ofNullable(best);
	}

	/** Left-aligned with a field label found in full, and not on the row of any found label. */
	static boolean inLabelColumn(FoundLabel candidate, java.util.Collection<FoundLabel> found) {
		int h = Math.max(candidate.height(), 20);
		boolean aligned = found.stream()
			.filter(l -> l.label() != LicenseLabel.CREDIT_CODE && l.label() != LicenseLabel.AUTHORITY)
			.anyMatch(l -> Math.abs(l.box().x() - candidate.box().x()) < h);
		boolean ownRow = found.stream()
			.noneMatch(l -> Math.abs(l.box().centerY() - candidate.box().centerY()) < h
					&& Math.abs(l.box().x() - candidate.box().x()) < 8 * h);
		return aligned && ownRow;
	}

	private static boolean better(FoundLabel a, FoundLabel b) {
		double ra = (double) a.matched() / a.length();
		double rb = (double) b.matched() / b.length();
		return ra > rb || ra == rb && a.box().x() < b.box().x();
	}

	private static List<FoundLabel> candidates(List<Glyph> glyphs, LicenseLabel label, String variant, int need) {
		List<FoundLabel> result = new ArrayList<>();
		int n = variant.length();
		for (int i = 0; i < glyphs.size(); i++) {
			List<Glyph> matched = match(glyphs, i, variant);
			if (matched.size() >= need && compact(matched) && matched.get(0) == glyphs.get(i) && startsRow(glyphs, matched.get(0))) {
				Box box = matched.get(0).box();
				for (Glyph g : matched) {
					box = box.union(g.box());
				}
				result.add(new FoundLabel(label, box, matched.size(), n,
						matched.stream().map(Glyph::seq).collect(java.util.stream.Collectors.toSet())));
			}
		}
		return result;
	}

	/** Greedy in-order match from glyph i on the same line, skipping at most one label character. */
	private static List<Glyph> match(List<Glyph> glyphs, int i, String variant) {
		List<Glyph> matched = new ArrayList<>();
		int line = glyphs.get(i).line();
		int g = i;
		int skipped = 0;
		for (int k = 0; k < variant.length() && g < glyphs.size() && glyphs.get(g).line() == line; k++) {
			if (glyphs.get(g).c() == variant.charAt(k)) {
				matched.add(glyphs.get(g++));
			}
			else if (++skipped > 1) {
				break;
			}
			else if (g + 1 < glyphs.size() && k + 1 < variant.length() && glyphs.get(g).c() != variant.charAt(k + 1)) {
				g++; // substitution: the OCR read another character in this place
			}
		}
		return matched;
	}

	/** Letter-spaced labels span about five characters; a wider spread is chance. */
	private static boolean compact(List<Glyph> matched) {
		if (matched.isEmpty()) {
			return false;
		}
		Glyph first = matched.get(0);
		Glyph last = matched.get(matched.size() - 1);
		int h = Math.max(first.box().h(), 20);
		return last.box().right() - first.box().x() <= h * Math.max(7, matched.size() * 1.6) && Math.abs(last.box().centerY() - first.box().centerY()) < h;
	}

	/** A label is not preceded closely by other text on its row (so 经营 inside a value is not taken). */
	private static boolean startsRow(List<Glyph> glyphs, Glyph first) {
		int h = Math.max(first.box().h(), 20);
		return glyphs.stream()
			.filter(g -> g != first && Math.abs(g.box().centerY() - first.box().centerY()) < h / 2)
			.filter(g -> g.box().right() <= first.box().x() + 2)
			.max(Comparator.comparingInt(g -> g.box().right()))
			.map(g -> first.box().x() - g.box().right() > h * 1.2)
			.orElse(true);
	}
}
