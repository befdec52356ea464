package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDFs and images: a PDF page's text layer when it has one, otherwise the page is turned upright, levelled
 * and recognised by the {@link OcrEngine}.
 */
final class StandardDocumentReader implements DocumentReader {

	/**
	 * The arc over the top of a seal, counter-clockwise from 3 o'clock, where ring text is printed (about 250°),
	 * with a margin at each end: a photo's seal is an ellipse and its centre is found only roughly.
	 */
	private static final double RING_FROM_DEGREES = 228;

	private static final double RING_TO_DEGREES = -48;

	private final OcrSettings settings;
	private final OcrEngine engine;
	private final PageStraightener straightener;
	private final ContentProber prober;

	StandardDocumentReader(OcrSettings settings, OcrEngine engine, PageStraightener straightener) {
		this.settings = settings;
		this.engine = engine;
		this.straightener = straightener;
		this.prober = new ContentProber(settings);
	}

	@Override
	public ContentProbe probe(byte[] content) throws UnreadableDocumentException {
		return prober.probe(content);
	}

	@Override
	public ReadDocument read(byte[] content) throws UnreadableDocumentException, OcrException {
		String type = prober.mediaType(content);
		if (!ContentProber.PDF.equals(type)) {
			prober.checkImage(content, type); // sizes from the headers before anything is decoded
			return new ReadDocument(type, readImages(content, type));
		}
		return new ReadDocument(type, readPdf(content));
	}

	/** Loads the PDF once: checked and rendered from the same document. */
	private List<ReadPage> readPdf(byte[] content) throws UnreadableDocumentException, OcrException {
		try (PDDocument pdf = prober.openPdf(content)) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			List<ReadPage> pages = new ArrayList<>();
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				int n = i + 1;
				BufferedImage image = PageImages.toRgb(renderer.renderImageWithDPI(i, settings.renderDpi(), ImageType.RGB));
				List<OcrLine> lines = PdfTextLayer.read(pdf, n, settings.renderDpi());
				if (lines.isEmpty()) {
					pages.add(ocr(image, n));
				}
				else {
					pages.add(new ReadPage(n, image, new PageText(n, image.getWidth(), image.getHeight(),
							TextSource.TEXT_LAYER, "pdfbox", 0, 0, lines), seals(image, n)));
				}
			}
			return pages;
		}
		catch (IOException | RuntimeException e) {
			throw ContentProber.corrupt("PDF", e);
		}
	}

	private List<ReadPage> readImages(byte[] content, String type) throws UnreadableDocumentException, OcrException {
		List<BufferedImage> frames = ImageFrames.decode(content, type);
		List<ReadPage> pages = new ArrayList<>(frames.size());
		for (int i = 0; i < frames.size(); i++) {
			pages.add(ocr(frames.get(i), i + 1));
			frames.set(i, null);
		}
		return pages;
	}

	/**
	 * Most pages arrive the right way up, and then a confident reading proves it: the page is read as it lies
	 * first, and Tesseract's orientation detection runs only for a page that reads badly (turned, or a poor scan).
	 */
	private ReadPage ocr(BufferedImage scan, int n) throws OcrException {
		BufferedImage page = straightener.flattened(scan);
		Optional<PageStraightener.Straightened> asItLies = straightener.levelledAsItLies(page);
		PageText first = null;
		if (asItLies.isPresent()) {
			first = engine.recognize(asItLies.get().image(), n);
			if (upright(first)) {
				return page(n, asItLies.get(), first);
			}
		}
		int osd = straightener.osdRotation(page);
		PageStraightener.Straightened s = straightener.turned(page, osd);
		// unturned, the page is levelled as it was before: its reading stands
		PageText t = first != null && s.rotation() == 0 ? first : engine.recognize(s.image(), n);
		if (s.rotation() == 0 && !upright(t)) {
			// the line profile overruled OSD; where the unturned page reads badly, OSD's turn gets its chance
			Optional<PageStraightener.Straightened> overruled = straightener.overruled(page, osd);
			if (overruled.isPresent()) {
				PageText turned = engine.recognize(overruled.get().image(), n);
				if (readable(turned) > readable(t)) {
					s = overruled.get();
					t = turned;
				}
			}
		}
		if (s.rotation() != 0 && readable(t) < POOR) {
			// orientation detection can turn a photo upside down; a page read as almost nothing gets the other way
			BufferedImage other = PageImages.rotateQuadrants(s.image(), 180);
			PageText again = engine.recognize(other, n);
			if (readable(again) > readable(t)) {
				s = new PageStraightener.Straightened(other, (s.rotation() + 180) % 360, s.skewDegrees());
				t = again;
			}
		}
		return page(n, s, t);
	}

	private ReadPage page(int n, PageStraightener.Straightened s, PageText t) throws OcrException {
		PageText text = new PageText(n, t.width(), t.height(), t.source(), t.engine(), s.rotation(),
				s.skewDegrees(), t.lines());
		return new ReadPage(n, s.image(), text, seals(s.image(), n));
	}

	/** Below this many confidently read characters a turned page is tried the other way up. */
	private static final int POOR = 40;

	/**
	 * Upright beyond doubt: at least {@value #UPRIGHT_CHARACTERS} characters read confidently and they are most of
	 * what was read. Measured on licenses and vouchers (clean, scanned, photographed, stamped): upright pages read
	 * 190–263 characters at 0.8 or more, 96–99% of all; the same pages upside down 2–13, under 30%.
	 */
	static boolean upright(PageText text) {
		int all = 0;
		for (OcrLine line : text.lines()) {
			for (OcrWord word : line.words()) {
				all += word.text().length();
			}
		}
		int sure = readable(text);
		return sure >= UPRIGHT_CHARACTERS && sure >= 0.6 * all && across(text);
	}

	/**
	 * The page's lines run across it: its Han characters are about as wide as tall, not standing in tall narrow
	 * boxes. PaddleOCR turns a tall text box a quarter round before reading it, so a page lying sideways can read
	 * confidently with its lines standing as columns, each character's share of the column a sliver (measured:
	 * seed 101, sideways portrait licenses read at 0.9+ and every field lost).
	 */
	static boolean across(PageText text) {
		int han = 0;
		int standing = 0;
		for (OcrLine line : text.lines()) {
			for (OcrWord word : line.words()) {
				if (word.text().length() == 1 && Character.UnicodeScript.of(word.text().codePointAt(0)) == Character.UnicodeScript.HAN) {
					han++;
					standing += word.box().h() > 2 * word.box().w() ? 1 : 0;
				}
			}
		}
		return standing <= 0.2 * han;
	}

	private static final int UPRIGHT_CHARACTERS = 60;

	/** Characters read with a confidence of 0.8 or more. */
	private static int readable(PageText text) {
		int n = 0;
		for (OcrLine line : text.lines()) {
			for (OcrWord word : line.words()) {
				n += word.confidence() >= 0.8 ? word.text().length() : 0;
			}
		}
		return n;
	}

	/** The ring text of the page's round red seal, read from an unwrapped strip (licenses print the authority only there). */
	private List<SealText> seals(BufferedImage page, int n) throws OcrException {
		Optional<SealRing.Seal> seal = SealRing.find(page);
		if (seal.isEmpty()) {
			return List.of();
		}
		PageText ring = engine.recognize(SealRing.unwrap(page, seal.get(), RING_FROM_DEGREES, RING_TO_DEGREES), n);
		StringBuilder text = new StringBuilder();
		double confidenceSum = 0;
		int words = 0;
		for (OcrLine line : ring.lines()) {
			for (OcrWord word : line.words()) {
				text.append(word.text());
				confidenceSum += word.confidence();
				words++;
			}
		}
		return words == 0 ? List.of()
				: List.of(new SealText(text.toString(), confidenceSum / words, seal.get().box(n)));
	}

	@Override
	public void close() {
		try {
			straightener.close();
		}
		finally {
			engine.close();
		}
	}
}
