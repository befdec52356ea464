package com.onereview.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A line's region cut from the page with a white margin around it (engines miss strokes at an image's edge), and
 * what an engine read there put back as one line in the page's pixels. Shared by the line readers.
 */
final class LineCrop {

	private LineCrop() {
	}

	/** The region within the page, or {@code null} when less than 2 px of it is on the page. */
	static Box clip(Box r, int width, int height) {
		int x = Math.max(0, r.x());
		int y = Math.max(0, r.y());
		int right = Math.min(width, r.right());
		int bottom = Math.min(height, r.bottom());
		return right - x < 2 || bottom - y < 2 ? null : new Box(r.page(), x, y, right - x, bottom - y);
	}

	static BufferedImage padded(BufferedImage page, Box clip, int pad) {
		BufferedImage out = new BufferedImage(clip.w() + 2 * pad, clip.h() + 2 * pad, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(page.getSubimage(clip.x(), clip.y(), clip.w(), clip.h()), pad, pad, null);
		g.dispose();
		return out;
	}

	/** All words as one line, their boxes moved from the padded crop's pixels to the page's. */
	static OcrLine toPage(List<OcrLine> lines, Box clip, int pad) {
		List<OcrWord> words = new ArrayList<>();
		double confidence = 0;
		for (OcrLine line : lines) {
			for (OcrWord w : line.words()) {
				Box b = w.box();
				words.add(new OcrWord(w.text(), w.confidence(),
						new Box(clip.page(), b.x() - pad + clip.x(), b.y() - pad + clip.y(), b.w(), b.h())));
				confidence += w.confidence();
			}
		}
		if (words.isEmpty()) {
			return new OcrLine("", 0, clip, List.of());
		}
		Box box = words.get(0).box();
		for (OcrWord w : words) {
			box = box.union(w.box());
		}
		return new OcrLine(LineText.join(words), confidence / words.size(), box, words);
	}
}
