package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.onereview.ocr.Box;

/**
 * Re-reads a located value row by row from the page image, each row's crop reaching right to where its ink
 * ends (the page OCR may have cut a value short) but never into the other column.
 */
final class SecondReading {

	private final FieldRereader rereader;

	private final ValueLocator locator;

	private final int pageWidth;

	SecondReading(FieldRereader rereader, ValueLocator locator, int pageWidth) {
		this.rereader = rereader;
		this.locator = locator;
		this.pageWidth = pageWidth;
	}

	/** The value read again, or {@code null} without a re-reader or when a row reads empty. */
	ValueText of(List<Glyph> value, FoundLabel label) {
		if (!rereader.available() || value.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		Box box = null;
		double sum = 0;
		double min = 1;
		List<List<Glyph>> rows = rows(value);
		for (int i = 0; i < rows.size(); i++) {
			Optional<ValueText> row = rereader.reread(region(rows.get(i), label, i == 0));
			if (row.isEmpty()) {
				return null;
			}
			ValueText r = row.get();
			text.append(r.text());
			box = box == null ? r.box() : box.union(r.box());
			sum += r.meanConfidence() * r.text().length();
			min = Math.min(min, r.minConfidence());
		}
		return new ValueText(text.toString(), box, sum / text.length(), min);
	}

	private Box region(List<Glyph> row, FoundLabel label, boolean first) {
		Box b = row.get(0).box();
		for (Glyph g : row) {
			b = b.union(g.box());
		}
		int h = Math.max(label == null ? b.h() : label.height(), 20);
		int top = b.centerY() - h * 7 / 10;
		int bottom = b.centerY() + h * 7 / 10;
		int left = b.x() - (first ? h : h / 2);
		if (label != null) {
			left = Math.max(left, label.box().right() + h / 4);
		}
		int limit = label == null ? Math.min(pageWidth, b.right() + 2 * h) : locator.columnRight(label);
		int right = Math.max(b.right(), rereader.inkRight(b.right(), limit, top, bottom, 2 * h)) + h / 3;
		return new Box(b.page(), left, top, Math.min(right, limit) - left, bottom - top);
	}

	/** The value's glyphs split where one starts on a lower row than the last. */
	static List<List<Glyph>> rows(List<Glyph> value) {
		List<List<Glyph>> rows = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		for (Glyph g : value) {
			if (!current.isEmpty()) {
				Glyph last = current.get(current.size() - 1);
				if (g.box().centerY() - last.box().centerY() > Math.max(last.box().h(), 20) / 2) {
					rows.add(current);
					current = new ArrayList<>();
				}
			}
			current.add(g);
		}
		if (!current.isEmpty()) {
			rows.add(current);
		}
		return rows;
	}
}
