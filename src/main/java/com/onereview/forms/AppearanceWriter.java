package com.onereview.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Writes the normal appearance of a text widget with the font chain: PDFBox's own generator draws a value in
 * the single /DA font, and no single embeddable font here holds both CJK and Latin glyphs (ADR 0008).
 * A value that does not fit even at the smallest size is an error, never clipped.
 */
final class AppearanceWriter {

	static final float SIZE = 10;

	static final float MIN_SIZE = 6;

	private static final float PAD = 2;

	private final PDDocument doc;

	private final FontChain fonts;

	AppearanceWriter(PDDocument doc, FontChain fonts) {
		this.doc = doc;
		this.fonts = fonts;
	}

	void write(PDAnnotationWidget widget, FormField field, String value) throws IOException {
		PDRectangle rect = widget.getRectangle();
		PDAppearanceStream stream = new PDAppearanceStream(doc);
		stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
		PDResources resources = new PDResources();
		fonts.fonts().forEach(resources::add);
		stream.setResources(resources);
		// a page content stream on the appearance: unlike PDAppearanceContentStream it registers the fonts for
		// subsetting, without which they are saved unembedded
		try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
			cs.beginMarkedContent(COSName.TX);
			if (!value.isEmpty()) {
				switch (field.type()) {
					case COMB -> comb(cs, field, value, rect);
					case MULTILINE -> multiline(cs, field, value, rect);
					default -> line(cs, field, value, rect);
				}
			}
			cs.endMarkedContent();
		}
		PDAppearanceDictionary appearance = new PDAppearanceDictionary();
		appearance.setNormalAppearance(stream);
		widget.setAppearance(appearance);
	}

	private void line(PDPageContentStream cs, FormField field, String value, PDRectangle rect) throws IOException {
		List<FontChain.Run> runs = fonts.runs(value, field.name());
		float room = rect.getWidth() - 2 * PAD;
		float size = SIZE;
		while (FontChain.width(runs, size) > room && size > MIN_SIZE) {
			size -= 0.5f;
		}
		if (FontChain.width(runs, size) > room) {
			throw tooLong(field, value);
		}
		text(cs, runs, size, PAD, (rect.getHeight() - size * 0.72f) / 2);
	}

	private void comb(PDPageContentStream cs, FormField field, String value, PDRectangle rect) throws IOException {
		int[] chars = value.codePoints().toArray();
		if (chars.length > field.maxLength()) {
			throw new FormFillException("field " + field.name() + ": " + chars.length + " characters for "
					+ field.maxLength() + " boxes: '" + value + "'");
		}
		float cell = rect.getWidth() / field.maxLength();
		float size = Math.min(SIZE, cell * 0.9f);
		for (int i = 0; i < chars.length; i++) {
			List<FontChain.Run> runs = fonts.runs(Character.toString(chars[i]), field.name());
			float x = i * cell + (cell - FontChain.width(runs, size)) / 2;
			text(cs, runs, size, x, (rect.getHeight() - size * 0.72f) / 2);
		}
	}

	private void multiline(PDPageContentStream cs, FormField field, String value, PDRectangle rect)
			throws IOException {
		float room = rect.getWidth() - 2 * PAD;
		for (float size = SIZE; size >= MIN_SIZE; size -= 0.5f) {
			List<List<FontChain.Run>> lines = wrap(value, field.name(), size, room);
			float leading = size * 1.25f;
			if (lines.size() * leading <= rect.getHeight() - 2 * PAD) {
				float y = rect.getHeight() - PAD - size;
				for (List<FontChain.Run> line : lines) {
					text(cs, line, size, PAD, y);
					y -= leading;
				}
				return;
			}
		}
		throw tooLong(field, value);
	}

	/** Chinese breaks between any two characters; good enough for one-line license text. */
	private List<List<FontChain.Run>> wrap(String value, String field, float size, float room) {
		List<List<FontChain.Run>> lines = new ArrayList<>();
		for (String paragraph : value.split("\\R")) {
			StringBuilder line = new StringBuilder();
			for (int cp : paragraph.codePoints().toArray()) {
				String next = line.toString() + Character.toString(cp);
				if (line.length() > 0 && FontChain.width(fonts.runs(next, field), size) > room) {
					lines.add(fonts.runs(line.toString(), field));
					line.setLength(0);
				}
				line.appendCodePoint(cp);
			}
			lines.add(fonts.runs(line.toString(), field));
		}
		return lines;
	}

	private static void text(PDPageContentStream cs, List<FontChain.Run> runs, float size, float x, float y)
			throws IOException {
		cs.beginText();
		cs.setNonStrokingColor(0f);
		cs.newLineAtOffset(x, y);
		FontChain.show(cs, runs, size);
		cs.endText();
	}

	private static FormFillException tooLong(FormField field, String value) {
		return new FormFillException("field " + field.name() + ": value does not fit even at " + MIN_SIZE
				+ " pt: '" + value + "'");
	}

}
