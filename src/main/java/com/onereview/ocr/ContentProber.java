package com.onereview.ocr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;

import com.onereview.ocr.UnreadableDocumentException.Reason;

/** The cheap checks before any rendering or decoding: type by content, password, page count, page size. */
final class ContentProber {

	static final String PDF = "application/pdf";
	static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/x-ms-bmp");

	private final Tika tika = new Tika();
	private final OcrSettings settings;

	ContentProber(OcrSettings settings) {
		this.settings = settings;
	}

	ContentProbe probe(byte[] content) throws UnreadableDocumentException {
		String type = mediaType(content);
		if (PDF.equals(type)) {
			try (PDDocument pdf = openPdf(content)) {
				return new ContentProbe(type, pdf.getNumberOfPages());
			}
			catch (IOException e) {
				throw corrupt("PDF", e);
			}
		}
		return new ContentProbe(type, checkImage(content, type));
	}

	/** The type by content; refuses empty files and types other than PDF and the supported images. */
	String mediaType(byte[] content) throws UnreadableDocumentException {
		if (content == null || content.length == 0) {
			throw new UnreadableDocumentException(Reason.EMPTY, "the file is empty");
		}
		String type = tika.detect(content);
		if (PDF.equals(type) || IMAGES.contains(type)) {
			return type;
		}
		throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE,
				"files of type " + type + " are not supported; send a PDF, JPEG, PNG, TIFF or BMP");
	}

	/** Loads a PDF and checks its pages, so the caller can render it without loading it again. */
	PDDocument openPdf(byte[] content) throws UnreadableDocumentException {
		PDDocument pdf = loadPdf(content);
		try {
			checkPdf(pdf);
			return pdf;
		}
		catch (UnreadableDocumentException | RuntimeException e) {
			closeQuietly(pdf);
			throw e;
		}
	}

	private static void closeQuietly(PDDocument pdf) {
		try {
			pdf.close();
		}
		catch (IOException ignored) {
			// refusing the document already; nothing more to report
		}
	}

	/** Loads a PDF, telling a password-protected one from a broken one. */
	private static PDDocument loadPdf(byte[] content) throws UnreadableDocumentException {
		try {
			return Loader.loadPDF(content);
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException(Reason.ENCRYPTED, "the PDF is protected by a password", e);
		}
		catch (IOException | RuntimeException e) {
			throw corrupt("PDF", e);
		}
	}

	private void checkPdf(PDDocument pdf) throws UnreadableDocumentException {
		int pages = pdf.getNumberOfPages();
		checkPageCount(pages);
		if (pages == 0) {
			throw new UnreadableDocumentException(Reason.CORRUPT, "the PDF has no pages");
		}
		double scale = settings.renderDpi() / 72.0;
		int n = 0;
		for (PDPage page : pdf.getPages()) {
			n++;
			PDRectangle box = page.getCropBox();
			checkPixels(n, Math.ceil(box.getWidth() * scale), Math.ceil(box.getHeight() * scale));
		}
	}

	/** Reads every frame's size from the header only: a 60000×60000 PNG is refused without decoding it. */
	int checkImage(byte[] content, String type) throws UnreadableDocumentException {
		ImageReader reader = null;
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new UnreadableDocumentException(Reason.CORRUPT, "no decoder recognises this " + type);
			}
			reader = readers.next();
			reader.setInput(in, false, true);
			int frames = reader.getNumImages(true);
			checkPageCount(frames);
			if (frames < 1) {
				throw new UnreadableDocumentException(Reason.CORRUPT, "the image has no frames");
			}
			for (int i = 0; i < frames; i++) {
				checkPixels(i + 1, reader.getWidth(i), reader.getHeight(i));
			}
			return frames;
		}
		catch (IOException | RuntimeException e) {
			throw corrupt(type, e);
		}
		finally {
			if (reader != null) {
				reader.dispose();
			}
		}
	}

	private void checkPageCount(int pages) throws UnreadableDocumentException {
		if (pages > settings.maxPages()) {
			throw new UnreadableDocumentException(Reason.TOO_MANY_PAGES,
					"the document has " + pages + " pages; at most " + settings.maxPages() + " are accepted");
		}
	}

	private void checkPixels(int page, double width, double height) throws UnreadableDocumentException {
		if (width <= 0 || height <= 0) {
			throw new UnreadableDocumentException(Reason.CORRUPT, "page " + page + " has no area");
		}
		if (width * height > settings.maxPixelsPerPage()) {
			throw new UnreadableDocumentException(Reason.IMAGE_TOO_LARGE, String.format(
					"page %d would be %.0f × %.0f pixels; at most %d pixels per page are accepted", page, width,
					height, settings.maxPixelsPerPage()));
		}
	}

	static UnreadableDocumentException corrupt(String what, Exception e) {
		return new UnreadableDocumentException(Reason.CORRUPT,
				"the " + what + " is damaged or truncated and cannot be read", e);
	}
}
