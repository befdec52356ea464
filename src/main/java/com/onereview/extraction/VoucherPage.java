package com.onereview.extraction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import com.onereview.ocr.Box;
import com.onereview.ocr.PageText;

/** A voucher page as glyphs: finds printed labels and the values standing right of them in the same table row. */
final class VoucherPage {

	private final PageText page;

	private final List<Glyph> glyphs;

	private final BufferedImage image;

	/** @param image the page image the boxes refer to, for its ruled lines; {@code null} when there is none */
	VoucherPage(PageText page, BufferedImage image) {
		this.page = page;
		// stamp ink off the values; a wire form's dark red print is dark against the paper and stays
		this.glyphs = page.source() == com.onereview.ocr.TextSource.OCR ? StampInk.withoutStamps(Glyph.of(page), image)
				: Glyph.of(page);
		this.image = image;
	}

	/**
	 * The table cells of the row through the band, left to right, from the ruled lines on the image: a column
	 * inked over the whole band is a cell border (text never fills a band taller than its glyphs). Empty without
	 * an image.
	 */
	List<int[]> cells(int y0, int y1) {
		List<int[]> cells = new ArrayList<>();
		if (image == null) {
			return cells;
		}
		int top = Math.max(0, y0);
		int bottom = Math.min(image.getHeight(), y1);
		int last = -1;
		for (int x = 0; x < image.getWidth() && bottom > top; x++) {
			int ink = 0;
			for (int y = top; y < bottom; y++) {
				int rgb = image.getRGB(x, y);
				// a stamp's straight stroke may fill a column of the band too: its ink is no rule
				ink += (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 3 * 190 && !StampInk.isStampRed(rgb) ? 1 : 0;
			}
			if (ink >= 0.97 * (bottom - top)) {
				if (last >= 0 && x - last > 20) {
					cells.add(new int[] { last, x });
				}
				last = x;
			}
		}
		return cells;
	}

	PageText text() {
		return page;
	}

	/** Whether a red stamp lies over the region (never without an image). */
	boolean stamped(Box region) {
		return StampInk.over(image, region);
	}

	/** A cell of the label's row as a box, a little inside its rules, over the label's band. */
	static Box cellBox(Box label, int[] cell) {
		int[] band = band(label);
		return new Box(label.page(), cell[0] + 4, band[0], cell[1] - cell[0] - 8, band[1] - band[0]);
	}

	/** The band of rows a label's table row spans, for picking glyphs: its box widened by half its height. */
	static int[] band(Box label) {
		return new int[] { label.y() - label.h() / 2, label.bottom() + label.h() / 2 };
	}

	/** The widest cell of the row whose centre lies between the two x: the value cell beside its label cells. */
	Optional<int[]> widestCell(Box label, int fromX, int toX) {
		int half = Math.max(18, Math.min(40, label.h() * 6 / 10));
		return cells(label.centerY() - half, label.centerY() + half).stream()
			.filter(c -> (c[0] + c[1]) / 2 >= fromX && (c[0] + c[1]) / 2 < toX)
			.max(Comparator.comparingInt(c -> c[1] - c[0]));
	}

	/** The cells of the label's row, left to right. */
	List<int[]> cellsBeside(Box label) {
		int half = Math.max(18, Math.min(40, label.h() * 6 / 10));
		return cells(label.centerY() - half, label.centerY() + half);
	}

	/** The glyphs inside a cell of the label's row, left to right. */
	ValueText inCell(Box label, int[] cell, IntPredicate keep) {
		int[] band = band(label);
		return region(cell[0] + 3, cell[1] - 3, band[0], band[1], keep);
	}

	/** Every place a label stands, as the box over its glyphs, read left to right, top to bottom. */
	List<Box> find(String... variants) {
		List<Box> found = new ArrayList<>();
		for (String label : variants) {
			for (int i = 0; i < glyphs.size(); i++) {
				Box box = matchAt(i, label);
				if (box != null && found.stream().noneMatch(b -> overlaps(b, box))) {
					found.add(box);
				}
			}
		}
		found.sort(Comparator.comparingInt(Box::y).thenComparingInt(Box::x));
		return found;
	}

	/** The first label standing (by its centre) between {@code fromX} and {@code toX}. */
	Optional<Box> findBetween(int fromX, int toX, String... variants) {
		return find(variants).stream().filter(b -> b.x() + b.w() / 2 >= fromX && b.x() + b.w() / 2 < toX).findFirst();
	}

	/** The glyphs in the label's row right of it, up to {@code limitX}, that the filter keeps, left to right. */
	ValueText rightOf(Box label, int limitX, IntPredicate keep) {
		int slack = Math.max(8, label.h() / 2);
		List<Glyph> value = glyphs.stream()
			.filter(g -> g.box().centerY() >= label.y() - slack && g.box().centerY() <= label.bottom() + slack)
			.filter(g -> g.box().x() >= label.right() + 4 && g.centerX() < limitX)
			.filter(g -> keep.test(g.c()))
			.sorted(Comparator.comparingInt(Glyph::seq))
			.toList();
		return ValueText.of(value);
	}

	/** The glyphs of a band of rows (centre between the two y) and columns, left to right. */
	ValueText region(int fromX, int toX, int fromY, int toY, IntPredicate keep) {
		return ValueText.of(glyphs.stream()
			.filter(g -> g.centerX() >= fromX && g.centerX() < toX && g.box().centerY() >= fromY
					&& g.box().centerY() < toY && keep.test(g.c()))
			.sorted(Comparator.comparingInt(Glyph::seq))
			.toList());
	}

	/** The same, ordered by position alone: for digits one per box, which the OCR may put on different lines. */
	ValueText regionLeftToRight(int fromX, int toX, int fromY, int toY, IntPredicate keep) {
		return ValueText.of(glyphs.stream()
			.filter(g -> g.centerX() >= fromX && g.centerX() < toX && g.box().centerY() >= fromY
					&& g.box().centerY() < toY && keep.test(g.c()))
			.sorted(Comparator.comparingInt(Glyph::centerX))
			.toList());
	}

	/** Each OCR line's glyphs (NFKC, no white space), for patterns that are not in a labelled cell. */
	List<ValueText> lines() {
		List<ValueText> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		int line = -1;
		for (Glyph g : glyphs) {
			if (g.line() != line && !current.isEmpty()) {
				lines.add(ValueText.of(current));
				current = new ArrayList<>();
			}
			line = g.line();
			current.add(g);
		}
		if (!current.isEmpty()) {
			lines.add(ValueText.of(current));
		}
		return lines;
	}

	private Box matchAt(int i, String label) {
		if (i + label.length() > glyphs.size()) {
			return null;
		}
		Box box = null;
		for (int k = 0; k < label.length(); k++) {
			Glyph g = glyphs.get(i + k);
			if (g.c() != label.charAt(k) || g.line() != glyphs.get(i).line()) {
				return null;
			}
			box = box == null ? g.box() : box.union(g.box());
		}
		return box;
	}

	private static boolean overlaps(Box a, Box b) {
		return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
	}
}
