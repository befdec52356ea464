package com.onereview.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.onereview.ocr.Box;

/**
 * Finds a label's value by geometry: the glyphs right of the label on its row up to the other column,
 * then, where a value may wrap, the rows below that start at the value's left edge.
 */
final class ValueLocator {

	private final List<Glyph> glyphs;

	private final Collection<FoundLabel> labels;

	private final int pageWidth;

	ValueLocator(List<Glyph> glyphs, Collection<FoundLabel> labels, int pageWidth) {
		this.glyphs = glyphs;
		this.labels = labels;
		this.pageWidth = pageWidth;
	}

	/** The value beside the label, with continuation rows when {@code wraps}. */
	List<Glyph> valueOf(FoundLabel label, boolean wraps) {
		int h = Math.max(label.height(), 20);
		int right = columnRight(label);
		// a glyph counts by its centre: where paddle reads a letter-spaced label and its value as one block, the
		// even split of the block's width puts the value's first character partly over the label's last
		List<Glyph> first = untilGap(row(label.box().centerY(), h, label.box().right(), right, followsLabel(label)), h);
		List<Glyph> result = new ArrayList<>(first);
		if (!wraps || first.isEmpty()) {
			return result;
		}
		int left = first.get(0).box().x() - h;
		int bottom = first.stream().mapToInt(g -> g.box().bottom()).max().orElse(label.box().bottom());
		while (true) {
			int top = bottom;
			List<Glyph> below = glyphs.stream()
				.filter(g -> g.box().y() >= top - h / 3 && g.centerX() >= label.box().x() - h && g.centerX() < right)
				.sorted(Comparator.comparingInt(g -> g.box().y()))
				.toList();
			if (below.isEmpty() || below.get(0).box().y() - bottom > h) {
				return result;
			}
			List<Glyph> next = untilGap(row(below.get(0).box().centerY(), h, label.box().x() - h, right), h);
			if (next.isEmpty() || next.get(0).box().x() < left || touchesLabel(next, label.box().x() - h, right)) {
				return result;
			}
			result.addAll(next);
			bottom = next.stream().mapToInt(g -> g.box().bottom()).max().getAsInt();
		}
	}

	/** Glyphs in the rows below a box, within the horizontal range, down to {@code depth} pixels. */
	List<List<Glyph>> rowsBelow(Box box, int depth, int fromX, int toX) {
		List<List<Glyph>> rows = new ArrayList<>();
		int h = Math.max(box.h(), 20);
		int y = box.bottom() - h / 3;
		while (y < box.bottom() + depth) {
			int from = y;
			Glyph next = glyphs.stream()
				.filter(g -> g.box().y() >= from && g.centerX() >= fromX && g.centerX() <= toX)
				.min(Comparator.comparingInt(g -> g.box().y()))
				.orElse(null);
			if (next == null || next.box().y() > box.bottom() + depth) {
				break;
			}
			List<Glyph> row = row(next.box().centerY(), h, fromX, toX);
			rows.add(row);
			y = row.stream().mapToInt(g -> g.box().bottom()).max().orElse(next.box().bottom()) + 1;
		}
		return rows;
	}

	/** Glyphs whose centre lies on the row and between the x limits, left to right. */
	List<Glyph> row(int centerY, int h, int fromX, int toX) {
		return row(centerY, h, fromX, toX, g -> false);
	}

	/**
	 * The glyphs that come right after a label's last character in its OCR line. Their boxes are estimated by
	 * splitting a word's box evenly, so a narrow digit after the label (the 2 of 成立日期2023年) may get its centre
	 * over the label: reading order says it is the value's.
	 */
	private static java.util.function.Predicate<Glyph> followsLabel(FoundLabel label) {
		if (label.glyphs().isEmpty()) {
			return g -> false;
		}
		int last = label.glyphs().stream().mapToInt(Integer::intValue).max().getAsInt();
		return g -> g.seq() == last + 1 && g.box().right() > label.box().right();
	}

	private List<Glyph> row(int centerY, int h, int fromX, int toX, java.util.function.Predicate<Glyph> after) {
		List<Glyph> row = glyphs.stream()
			.filter(g -> Math.abs(g.box().centerY() - centerY) <= h / 2 && (g.centerX() >= fromX || after.test(g))
					&& g.centerX() < toX)
			.filter(g -> !insideLabel(g))
			.toList();
		// OCR word boxes overlap, so keep the engine's order within a line and order lines left to right
		java.util.Map<Integer, Integer> lineX = new java.util.HashMap<>();
		row.forEach(g -> lineX.merge(g.line(), g.box().x(), Math::min));
		return row.stream()
			.sorted(Comparator.<Glyph>comparingInt(g -> lineX.get(g.line())).thenComparingInt(Glyph::seq))
			.toList();
	}

	/** The two columns are apart by far more than words are: a value ends at the first wide gap. */
	static List<Glyph> untilGap(List<Glyph> row, int h) {
		for (int i = 1; i < row.size(); i++) {
			if (row.get(i).box().x() - row.get(i - 1).box().right() > 3 * h) {
				return row.subList(0, i);
			}
		}
		return row;
	}

	/** A left-column value stops where the right column's labels begin. */
	int columnRight(FoundLabel label) {
		int h = label.height();
		return labels.stream()
			.filter(l -> l.box().x() > label.box().right() + 8 * h && l.label() != LicenseLabel.AUTHORITY)
			.mapToInt(l -> l.box().x() - h / 2)
			.min()
			.orElse(pageWidth);
	}

	/** A label's own characters; by identity where known, since estimated boxes overlap the value's first one. */
	private boolean insideLabel(Glyph g) {
		return labels.stream().anyMatch(l -> l.glyphs().isEmpty() ? contains(l.box(), g) : l.glyphs().contains(g.seq()));
	}

	/**
	 * A row beside another label of the same column is that label's value, not a continuation. Labels of the other
	 * column do not count: wrapped lines are closer together than fields, so they sit level with those.
	 */
	private boolean touchesLabel(List<Glyph> row, int fromX, int toX) {
		int y = row.get(0).box().centerY();
		return labels.stream()
			.filter(l -> l.box().x() >= fromX && l.box().x() < toX)
			.anyMatch(l -> Math.abs(l.box().centerY() - y) < l.height() * 2 / 3);
	}

	private static boolean contains(Box b, Glyph g) {
		return g.centerX() >= b.x() && g.centerX() <= b.right() && g.box().centerY() >= b.y() && g.box().centerY() <= b.bottom();
	}
}
