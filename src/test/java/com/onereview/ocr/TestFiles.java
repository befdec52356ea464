package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Files built in memory for the reader tests. */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] image(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	static byte[] multiPageTiff(List<BufferedImage> pages) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(ios);
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				writer.writeToSequence(new IIOImage(page, null, null), null);
			}
			writer.endWriteSequence();
		}
		writer.dispose();
		return out.toByteArray();
	}

	/**
	 * An A4 PDF with the given lines as real text in Helvetica, 12 pt, first baseline 100 pt from the top. Latin
	 * only: the system's Noto CJK fonts have CFF outlines, which PDFBox cannot embed ("OTF fonts do not have a glyf
	 * table").
	 */
	static byte[] textPdf(List<String> lines) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				float y = page.getMediaBox().getHeight() - 100;
				for (String line : lines) {
					cs.beginText();
					cs.setFont(font, 12);
					cs.newLineAtOffset(72, y);
					cs.showText(line);
					cs.endText();
					y -= 30;
				}
			}
			return save(doc);
		}
	}

	/** A PDF whose one page is only a picture of the given scan, filling an A4 page. */
	static byte[] scannedPdf(BufferedImage scan) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
			float w = PDRectangle.A4.getWidth();
			float h = w * scan.getHeight() / scan.getWidth();
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawImage(image, 0, PDRectangle.A4.getHeight() - h, w, h);
			}
			return save(doc);
		}
	}

	static byte[] encryptedPdf() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage(PDRectangle.A4));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			return save(doc);
		}
	}

	/** A PNG whose header claims the given size, with a few bytes of pixel data: a decompression bomb's shape. */
	static byte[] pngClaiming(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(out);
		data.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(ihdr);
		h.writeInt(width);
		h.writeInt(height);
		h.write(new byte[] { 8, 2, 0, 0, 0 });
		chunk(data, "IHDR", ihdr.toByteArray());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[64]);
		deflater.finish();
		byte[] idat = new byte[128];
		int len = deflater.deflate(idat);
		chunk(data, "IDAT", java.util.Arrays.copyOf(idat, len));
		chunk(data, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
		byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(body.length);
		out.write(t);
		out.write(body);
		CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(body);
		out.writeInt((int) crc.getValue());
	}

	private static byte[] save(PDDocument doc) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.save(out);
		return out.toByteArray();
	}
}
