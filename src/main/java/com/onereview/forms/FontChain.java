package com.onereview.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded into one PDF, tried in order for each character: the CJK font first, a Latin font for
 * what it lacks (Droid Sans Fallback has no Latin letters or digits; ADR 0008). Fonts are subset on save.
 */
public final class FontChain {

	/** Debian's fonts-droid-fallback and fonts-dejavu-core: TrueType outlines, which PDFBox can embed. */
	public static final List<Path> DEFAULT_FONTS = List.of(
			Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
			Path.of("/usr/share/fonts-droid-fallback/truetype/DroidSansFallbackFull.ttf"),
			Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));

	/** A stretch of text drawn in one font. */
	public record Run(PDType0Font font, String text) {
	}

	private record Face(PDType0Font font, TrueTypeFont ttf, String file) {
	}

	private final List<Face> faces;

	private FontChain(List<Face> faces) {
		this.faces = faces;
	}

	/** Embeds every readable font of {@code candidates} into {@code doc}; missing files are skipped. */
	public static FontChain load(PDDocument doc, List<Path> candidates) throws IOException {
		List<Face> faces = new ArrayList<>();
		for (Path file : usable(candidates)) {
			PDType0Font font = PDType0Font.load(doc, file.toFile());
			faces.add(new Face(font, ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont(), file.toString()));
		}
		return new FontChain(faces);
	}

	/** The candidate files that exist, each checked to be a TrueType font; none at all is an error. */
	public static List<Path> usable(List<Path> candidates) throws IOException {
		List<Path> found = new ArrayList<>();
		for (Path file : candidates) {
			if (Files.isReadable(file)) {
				checkTrueType(file);
				found.add(file);
			}
		}
		if (found.isEmpty()) {
			throw new IOException("no form font found; tried " + candidates
					+ " (install fonts-droid-fallback and fonts-dejavu-core, or set onereview.forms.fonts)");
		}
		return found;
	}

	/** PDFBox 3.0 embeds TrueType outlines only: say so plainly instead of failing at the first value. */
	private static void checkTrueType(Path file) throws IOException {
		byte[] tag = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			in.readNBytes(tag, 0, 4);
		}
		String kind = new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1);
		if (kind.equals("OTTO") || kind.equals("ttcf")) {
			throw new IOException(file + " is " + (kind.equals("OTTO") ? "an OpenType font with CFF outlines"
					: "a font collection") + ", which PDFBox cannot embed; configure a TrueType (.ttf) font");
		}
	}

	/** The font named in the fields' /DA: the first of the chain. */
	public PDType0Font primary() {
		return faces.get(0).font();
	}

	public List<PDType0Font> fonts() {
		return faces.stream().map(Face::font).toList();
	}

	/** {@code text} cut into runs by the first font that draws each character; {@code field} names the error. */
	public List<Run> runs(String text, String field) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDType0Font currentFont = null;
		for (int cp : text.codePoints().toArray()) {
			PDType0Font font = fontFor(cp, currentFont, field);
			if (font != currentFont && current.length() > 0) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(cp);
		}
		if (current.length() > 0) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	/** Width of the runs at {@code size} points. */
	public static float width(List<Run> runs, float size) {
		float width = 0;
		for (Run run : runs) {
			try {
				width += run.font().getStringWidth(run.text()) / 1000 * size;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return width;
	}

	/** Shows the runs at the current text position (inside BT … ET). */
	public static void show(PDPageContentStream cs, List<Run> runs, float size) throws IOException {
		for (Run run : runs) {
			cs.setFont(run.font(), size);
			cs.showText(run.text());
		}
	}

	private PDType0Font fontFor(int cp, PDType0Font previous, String field) {
		// spaces stay in the running font so runs do not break at every blank
		if (Character.isWhitespace(cp) && previous != null) {
			return previous;
		}
		for (Face face : faces) {
			if (draws(face.ttf(), cp)) {
				return face.font();
			}
		}
		throw new MissingGlyphException(field, cp, faces.stream().map(Face::file).toList().toString());
	}

	/** A glyph mapped in the cmap and, unless a space, with an outline: an empty glyph would print a blank. */
	private static boolean draws(TrueTypeFont ttf, int cp) {
		try {
			int gid = ttf.getUnicodeCmapLookup().getGlyphId(cp);
			if (gid == 0) {
				return false;
			}
			if (Character.isWhitespace(cp)) {
				return true;
			}
			GlyphData glyph = ttf.getGlyph().getGlyph(gid);
			return glyph != null && glyph.getNumberOfContours() != 0;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
