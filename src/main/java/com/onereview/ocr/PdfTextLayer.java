package com.onereview.ocr;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The characters drawn on one PDF page, as words and lines with boxes in pixels of the page rendered at the OCR
 * resolution. PDFBox hands each word to {@link #writeString(String, List)} and ends lines with
 * {@link #writeLineSeparator()}.
 */
final class PdfTextLayer extends PDFTextStripper {

	/** Fewer real characters than this and the page is treated as a scan. */
	static final int MIN_CHARACTERS = 10;

	private final double scale;
	private final int pageNumber;
	private final List<OcrLine> lines = new ArrayList<>();
	private List<OcrWord> words = new ArrayList<>();

	private PdfTextLayer(int pageNumber, int dpi) {
		this.pageNumber = pageNumber;
		this.scale = dpi / 72.0;
		setSortByPosition(true);
		setStartPage(pageNumber);
		setEndPage(pageNumber);
	}

	/** The page's lines, or an empty list when it has no usable text layer (a scan, or glyphs without Unicode). */
	static List<OcrLine> read(PDDocument pdf, int pageNumber, int dpi) throws IOException {
		PdfTextLayer layer = new PdfTextLayer(pageNumber, dpi);
		layer.writeText(pdf, new StringWriter());
		layer.endLine();
		return usable(layer.lines) ? layer.lines : List.of();
	}

	static boolean usable(List<OcrLine> lines) {
		long real = lines.stream()
			.flatMapToInt(l -> l.text().codePoints())
			.filter(cp -> Character.isLetterOrDigit(cp) && cp != 0xFFFD && Character.getType(cp) != Character.PRIVATE_USE)
			.count();
		return real >= MIN_CHARACTERS;
	}

	/** PDFBox passes runs that may hold real space characters: those split words too. */
	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		List<TextPosition> word = new ArrayList<>();
		for (TextPosition p : positions) {
			if (p.getUnicode() == null || p.getUnicode().isBlank()) {
				addWord(word);
				word = new ArrayList<>();
			}
			else {
				word.add(p);
			}
		}
		addWord(word);
	}

	private void addWord(List<TextPosition> positions) {
		if (positions.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (TextPosition p : positions) {
			text.append(p.getUnicode());
			left = Math.min(left, p.getXDirAdj());
			right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
			// y is the baseline, counted from the top; the glyph stands above it
			top = Math.min(top, p.getYDirAdj() - Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.8));
			bottom = Math.max(bottom, p.getYDirAdj() + p.getFontSizeInPt() * 0.2);
		}
		int x = (int) Math.floor(left * scale);
		int y = (int) Math.floor(top * scale);
		Box box = new Box(pageNumber, x, y, (int) Math.ceil(right * scale) - x, (int) Math.ceil(bottom * scale) - y);
		words.add(new OcrWord(text.toString(), 1.0, box));
	}

	@Override
	protected void writeLineSeparator() {
		endLine();
	}

	private void endLine() {
		if (words.isEmpty()) {
			return;
		}
		Box box = words.get(0).box();
		for (OcrWord w : words) {
			box = box.union(w.box());
		}
		lines.add(new OcrLine(LineText.join(words), 1.0, box, words));
		words = new ArrayList<>();
	}
}
