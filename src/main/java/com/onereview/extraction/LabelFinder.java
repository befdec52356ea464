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
				for (FoundLabel candidate : candidates(glyphs, label, variant)) {
					if (best == null || better(candidate, best)) {
						best = candidate;
					}
				}
			}
			if (best != null) {
				found.put(label, best);
			}
		}
		return found;
	}

	private static boolean better(FoundLabel a, FoundLabel b) {
		double ra = (double) a.matched() / a.length();
		double rb = (double) b.matched() / b.length();
		return ra > rb || ra == rb && a.box().x() < b.box().x();
	}

	private static List<FoundLabel> candidates(List<Glyph> glyphs, LicenseLabel label, String variant) {
		List<FoundLabel> result = new ArrayList<>();
		int n = variant.length();
		int need = n >= 4 ? n - 1 : n;
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
