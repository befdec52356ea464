package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDFs and images: a PDF page's text layer when it has one, otherwise the page is turned upright, levelled
 * and recognised by the {@link OcrEngine}.
 */
final class StandardDocumentReader implements DocumentReader {

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
		ContentProbe probe = prober.probe(content);
		List<ReadPage> pages = ContentProber.PDF.equals(probe.mediaType()) ? readPdf(content)
				: readImages(content, probe.mediaType());
		return new ReadDocument(probe.mediaType(), pages);
	}

	private List<ReadPage> readPdf(byte[] content) throws UnreadableDocumentException, OcrException {
		try (PDDocument pdf = ContentProber.loadPdf(content)) {
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
							TextSource.TEXT_LAYER, "pdfbox", 0, 0, lines)));
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

	private ReadPage ocr(BufferedImage scan, int n) throws OcrException {
		PageStraightener.Straightened s = straightener.straighten(scan);
		PageText t = engine.recognize(s.image(), n);
		PageText text = new PageText(n, t.width(), t.height(), t.source(), t.engine(), s.rotation(),
				s.skewDegrees(), t.lines());
		return new ReadPage(n, s.image(), text);
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
