package com.onereview.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;

/**
 * Turns RapidOCR's text blocks (a 4-point polygon, text and per-character scores each) into lines in reading
 * order. Blocks side by side (a label and its value) become one line. Each Han character is a word; a run of
 * Latin letters and digits is one word, as Tesseract reports it; words share the block's width by character count.
 */
final class PaddleLines {

	private PaddleLines() {
	}

	static List<OcrLine> lines(List<TextBlock> blocks, int width, int height, int pageNumber) {
		return lines(blocks, width, height, pageNumber, 1);
	}

	/**
	 * Lines of a page that was recognised at a smaller size: block corners are multiplied by {@code enlarge} to give
	 * the page's own pixels ({@code width} × {@code height}).
	 */
	static List<OcrLine> lines(List<TextBlock> blocks, int width, int height, int pageNumber, double enlarge) {
		List<List<Piece>> rows = new ArrayList<>();
		List<Piece> pieces = blocks.stream().map(b -> Piece.of(b, width, height, pageNumber, enlarge)).filter(p -> p != null)
			.toList();
		if (fewStanding(pieces)) {
			pieces = pieces.stream().flatMap(p -> p.standing() ? p.stacked().stream() : java.util.stream.Stream.of(p)).toList();
		}
		// the lowest pieces first: each row is measured by its lowest piece, so one tall block (a watermark, two lines
		// read as one) joins the row it overlaps most instead of gathering every row it spans into one
		pieces.stream()
			.sorted(Comparator.<Piece>comparingInt(p -> p.box().h()).thenComparingInt(p -> p.box().y()))
			.forEach(p -> rowFor(rows, p).add(p));
		rows.sort(Comparator.comparingInt(r -> r.get(0).box().centerY()));
		List<OcrLine> lines = new ArrayList<>();
		for (List<Piece> row : rows) {
			row.sort(Comparator.comparingInt(p -> p.box().x()));
			List<OcrWord> words = new ArrayList<>();
			Box box = row.get(0).box();
			double scoreSum = 0;
			int chars = 0;
			for (Piece p : row) {
				words.addAll(p.words());
				box = box.union(p.box());
				for (float s : p.scores()) {
					scoreSum += s;
					chars++;
				}
			}
			if (!words.isEmpty()) {
				lines.add(new OcrLine(LineText.join(words), chars == 0 ? 0 : scoreSum / chars, box, words));
			}
		}
		return lines;
	}

	/**
	 * On a page whose text runs across, a block standing upright is no column of text but letter-spaced labels
	 * printed one under the other (名　称 / 类　型 / 住　所): the detector joined their characters downwards and the
	 * engine, turning the tall block a quarter round as it does, read them as one line (名类住). Its characters go
	 * back to their own rows, one above the other. A page read mostly in standing blocks lies sideways and is left as
	 * read, for the reader to turn.
	 */
	private static boolean fewStanding(List<Piece> pieces) {
		int standing = 0;
		int all = 0;
		for (Piece p : pieces) {
			all += p.words().size();
			standing += p.standing() ? p.words().size() : 0;
		}
		return standing > 0 && standing <= 0.2 * all;
	}

	/**
	 * The row whose lowest piece overlaps this one most, by at least half the smaller height, or a new one. A piece
	 * over twice as tall as the row's lowest spans more than its line: it joins only a row it lies across by its centre.
	 */
	private static List<Piece> rowFor(List<List<Piece>> rows, Piece p) {
		List<Piece> best = null;
		int bestOverlap = 0;
		for (List<Piece> row : rows) {
			Box r = row.get(0).box();
			int overlap = Math.min(r.bottom(), p.box().bottom()) - Math.max(r.y(), p.box().y());
			boolean fits = p.box().h() <= 2 * r.h() || (p.box().centerY() >= r.y() && p.box().centerY() <= r.bottom());
			if (fits && overlap * 2 >= Math.min(r.h(), p.box().h()) && overlap > bestOverlap) {
				best = row;
				bestOverlap = overlap;
			}
		}
		if (best == null) {
			best = new ArrayList<>();
			rows.add(best);
		}
		return best;
	}

	private record Piece(Box box, List<OcrWord> words, float[] scores) {

		/** Two or more wide characters in a box at least half again as tall as wide: the engine read it turned. */
		boolean standing() {
			return box.h() >= 1.5 * box.w() && words.size() >= 2 && words.stream().allMatch(w -> w.text().length() == 1
					&& LineText.isWide(w.text().charAt(0)));
		}

		/** The characters of a standing block, top to bottom, each its share of the block's height. */
		List<Piece> stacked() {
			List<Piece> out = new ArrayList<>();
			int n = words.size();
			for (int i = 0; i < n; i++) {
				int top = box.y() + box.h() * i / n;
				int bottom = box.y() + box.h() * (i + 1) / n;
				Box b = new Box(box.page(), box.x(), top, box.w(), Math.max(1, bottom - top));
				OcrWord w = words.get(i);
				out.add(new Piece(b, List.of(new OcrWord(w.text(), w.confidence(), b)), new float[] { (float) w.confidence() }));
			}
			return out;
		}

		static Piece of(TextBlock block, int width, int height, int pageNumber, double enlarge) {
			String text = block.getText() == null ? "" : block.getText().strip();
			if (text.isEmpty() || block.getBoxPoint().isEmpty()) {
				return null;
			}
			int x0 = width, y0 = height, x1 = 0, y1 = 0;
			for (Point pt : block.getBoxPoint()) {
				int x = (int) Math.round(pt.getX() * enlarge);
				int y = (int) Math.round(pt.getY() * enlarge);
				x0 = Math.min(x0, x);
				y0 = Math.min(y0, y);
				x1 = Math.max(x1, x);
				y1 = Math.max(y1, y);
			}
			x0 = Math.max(0, x0);
			y0 = Math.max(0, y0);
			x1 = Math.min(width, x1);
			y1 = Math.min(height, y1);
			if (x1 <= x0 || y1 <= y0) {
				return null;
			}
			float[] scores = scores(block, text.length());
			Box box = new Box(pageNumber, x0, y0, x1 - x0, y1 - y0);
			return new Piece(box, words(text, scores, box), scores);
		}

		/** Per-character recognition scores when they match the text, else the block's score for each. */
		private static float[] scores(TextBlock block, int length) {
			float[] s = block.getCharScores();
			if (s != null && s.length == length) {
				return s;
			}
			float[] even = new float[length];
			java.util.Arrays.fill(even, block.getBoxScore());
			return even;
		}

		private static List<OcrWord> words(String text, float[] scores, Box box) {
			List<OcrWord> words = new ArrayList<>();
			int n = text.length();
			int i = 0;
			while (i < n) {
				int end = i + 1;
				if (Character.isWhitespace(text.charAt(i))) {
					i = end;
					continue;
				}
				if (!LineText.isWide(text.charAt(i))) {
					while (end < n && !LineText.isWide(text.charAt(end)) && !Character.isWhitespace(text.charAt(end))) {
						end++;
					}
				}
				double min = 1;
				for (int k = i; k < end; k++) {
					min = Math.min(min, scores[k]);
				}
				int left = box.x() + box.w() * i / n;
				int right = box.x() + box.w() * end / n;
				words.add(new OcrWord(text.substring(i, end), Math.max(0, min),
						new Box(box.page(), left, box.y(), Math.max(1, right - left), box.h())));
				i = end;
			}
			return words;
		}
	}
}
