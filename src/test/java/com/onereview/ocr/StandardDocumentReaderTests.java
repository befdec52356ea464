package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.onereview.ocr.UnreadableDocumentException.Reason;

class StandardDocumentReaderTests {

	private static DocumentReader reader;
	private static TestPages.Drawn page;

	@BeforeAll
	static void start() {
		TestPages.assumeCjkFont();
		reader = DocumentReaders.create(OcrSettings.defaults());
		page = TestPages.licensePage(1000);
	}

	@AfterAll
	static void stop() {
		if (reader != null) {
			reader.close();
		}
	}

	@Test
	void readsAPngScanWithBoxesWhereTheTextWasDrawn() throws Exception {
		ReadDocument doc = reader.read(TestFiles.image(page.image(), "png"));

		assertThat(doc.mediaType()).isEqualTo("image/png");
		assertThat(doc.pages()).hasSize(1);
		PageText text = doc.pages().get(0).text();
		assertThat(text.source()).isEqualTo(TextSource.OCR);
		assertThat(text.rotation()).isZero();
		assertThat(text.skewDegrees()).isZero();
		assertThat(text.plainText()).contains("91350100M000100Y43").contains("石家庄市长安区示例科技有限公司");
		OcrLine code = Tess4jOcrEngineTests.bestMatch(text.lines(), TestPages.CODE_LINE);
		assertThat(code.text()).isEqualTo(TestPages.CODE_LINE);
		assertThat(Math.abs(code.box().x() - page.lineBoxes().get(0).x)).isLessThan(15);
		assertThat(Math.abs(code.box().centerY() - (int) page.lineBoxes().get(0).getCenterY())).isLessThan(15);
	}

	@Test
	void turnsAnUpsideDownJpegUprightAndBoxesReferToTheUprightImage() throws Exception {
		BufferedImage upsideDown = PageImages.rotateQuadrants(page.image(), 180);
		ReadDocument doc = reader.read(TestFiles.image(upsideDown, "jpeg"));

		ReadPage read = doc.pages().get(0);
		assertThat(doc.mediaType()).isEqualTo("image/jpeg");
		assertThat(read.text().rotation()).isEqualTo(180);
		assertThat(read.text().plainText()).contains("91350100M000100Y43");
		OcrLine code = Tess4jOcrEngineTests.bestMatch(read.text().lines(), TestPages.CODE_LINE);
		assertThat(Math.abs(code.box().centerY() - (int) page.lineBoxes().get(0).getCenterY())).isLessThan(15);
	}

	@Test
	void aPageReadConfidentlyButLyingSidewaysIsNotTakenAsUpright() {
		List<OcrWord> square = new java.util.ArrayList<>();
		List<OcrWord> standing = new java.util.ArrayList<>();
		String text = "统一社会信用代码有限责任公司";
		for (int i = 0; i < text.length(); i++) {
			String c = String.valueOf(text.charAt(i));
			square.add(new OcrWord(c, 0.99, new Box(1, 100 + 50 * i, 100, 48, 50)));
			// a column read a quarter round: the block's width shared by character count, its full height each
			standing.add(new OcrWord(c, 0.99, new Box(1, 100 + 4 * i, 100, 4, 700)));
		}
		assertThat(StandardDocumentReader.upright(page(square))).isTrue();
		assertThat(StandardDocumentReader.upright(page(standing))).isFalse();
		assertThat(StandardDocumentReader.across(page(square))).isTrue();
		assertThat(StandardDocumentReader.across(page(standing))).isFalse();
	}

	private static PageText page(List<OcrWord> words) {
		List<OcrLine> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			int down = 360 * i;
			List<OcrWord> row = words.stream()
				.map(w -> new OcrWord(w.text(), w.confidence(), new Box(1, w.box().x(), w.box().y() + down, w.box().w(), w.box().h())))
				.toList();
			Box box = row.get(0).box();
			for (OcrWord w : row) {
				box = box.union(w.box());
			}
			lines.add(new OcrLine(LineText.join(row), 0.99, box, row));
		}
		return new PageText(1, 2480, 3508, TextSource.OCR, "paddleocr", 0, 0, lines);
	}

	@Test
	void levelsASkewedScan() throws Exception {
		ReadDocument doc = reader.read(TestFiles.image(PageImages.rotateSmall(page.image(), 3), "png"));

		PageText text = doc.pages().get(0).text();
		assertThat(text.skewDegrees()).isBetween(-3.3, -2.7);
		assertThat(TestPages.similarity(text.plainText(), String.join("\n", TestPages.LINES))).isGreaterThan(0.9);
	}

	@Test
	void readsEveryPageOfAMultiPageTiff() throws Exception {
		BufferedImage second = TestPages.licensePage(700).image();
		ReadDocument doc = reader.read(TestFiles.multiPageTiff(List.of(page.image(), second)));

		assertThat(doc.mediaType()).isEqualTo("image/tiff");
		assertThat(doc.pages()).extracting(ReadPage::pageNumber).containsExactly(1, 2);
		assertThat(doc.pages().get(1).text().height()).isEqualTo(700);
		assertThat(doc.pages().get(1).text().plainText()).contains("91350100M000100Y43");
		assertThat(doc.pages().get(1).text().lines()).allSatisfy(l -> assertThat(l.box().page()).isEqualTo(2));
	}

	@Test
	void takesAPdfTextLayerWithBoxesInPixelsAt300Dpi() throws Exception {
		List<String> lines = List.of("Unified Social Credit Code 91350100M000100Y43", "Name Example Technology Co., Ltd.");
		ReadDocument doc = reader.read(TestFiles.textPdf(lines));

		ReadPage read = doc.pages().get(0);
		PageText text = read.text();
		assertThat(text.source()).isEqualTo(TextSource.TEXT_LAYER);
		assertThat(text.engine()).isEqualTo("pdfbox");
		assertThat(read.image().getWidth()).isEqualTo(2480);
		assertThat(text.width()).isEqualTo(2480);
		assertThat(text.lines()).extracting(OcrLine::text).containsExactlyElementsOf(lines);
		Box first = text.lines().get(0).box();
		// drawn at x = 72 pt, baseline 100 pt from the top, 12 pt type: 300 dpi is 25/6 pixels per point
		assertThat(first.x()).isBetween(296, 304);
		assertThat(first.bottom()).isBetween(412, 430);
		assertThat(first.y()).isBetween(360, 380);
		assertThat(text.lines().get(0).words()).extracting(OcrWord::text).endsWith("91350100M000100Y43");
		assertThat(text.lines()).allSatisfy(l -> assertThat(l.confidence()).isEqualTo(1.0));
	}

	@Test
	void readsTheRingOfALicenseSeal() throws Exception {
		java.nio.file.Path scan = java.nio.file.Path.of("test-fixtures/business-license/001-clean-png/license.png");
		ReadPage read = reader.read(java.nio.file.Files.readAllBytes(scan)).pages().get(0);

		assertThat(read.seals()).hasSize(1);
		assertThat(read.seals().get(0).text()).contains("石家庄市长安区市场监督管理局");
		assertThat(read.seals().get(0).box().x()).isGreaterThan(read.image().getWidth() / 2);
	}

	@Test
	void readsABmpScan() throws Exception {
		java.io.ByteArrayOutputStream bmp = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(page.image(), "bmp", bmp);
		ReadDocument doc = reader.read(bmp.toByteArray());

		assertThat(doc.mediaType()).isEqualTo("image/bmp");
		assertThat(doc.pages().get(0).text().plainText()).contains("91350100M000100Y43");
	}

	@Test
	void readsEachPageOfAMultiPagePdfByItsOwnKind() throws Exception {
		byte[] mixed;
		try (org.apache.pdfbox.pdmodel.PDDocument text = org.apache.pdfbox.Loader
			.loadPDF(TestFiles.textPdf(List.of("Unified Social Credit Code 91350100M000100Y43")));
				org.apache.pdfbox.pdmodel.PDDocument scan = org.apache.pdfbox.Loader
					.loadPDF(TestFiles.scannedPdf(page.image()))) {
			text.importPage(scan.getPage(0));
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			text.save(out);
			mixed = out.toByteArray();
		}
		ReadDocument doc = reader.read(mixed);

		assertThat(doc.pages()).extracting(p -> p.text().source()).containsExactly(TextSource.TEXT_LAYER, TextSource.OCR);
		assertThat(doc.pages().get(1).text().plainText()).contains("91350100M000100Y43");
		assertThat(doc.pages().get(1).text().lines()).allSatisfy(l -> assertThat(l.box().page()).isEqualTo(2));
	}

	@Test
	void ocrsAScannedPdf() throws Exception {
		ReadDocument doc = reader.read(TestFiles.scannedPdf(page.image()));

		PageText text = doc.pages().get(0).text();
		assertThat(doc.mediaType()).isEqualTo("application/pdf");
		assertThat(text.source()).isEqualTo(TextSource.OCR);
		assertThat(text.width()).isEqualTo(2480);
		assertThat(text.plainText()).contains("91350100M000100Y43");
	}

	@Test
	void refusesWhatCannotBeRead() throws Exception {
		assertThat(reason(new byte[0])).isEqualTo(Reason.EMPTY);
		assertThat(reason("just a note\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(catchThrowableOfType(UnreadableDocumentException.class,
				() -> reader.probe("just a note\n".getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("text/plain");
		assertThat(reason("%PDF-1.7\n1 0 obj <</Type /Catalog".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(Reason.CORRUPT);
		byte[] pdf = TestFiles.textPdf(List.of("hello world 12345"));
		assertThat(reason(Arrays.copyOf(pdf, pdf.length / 3))).isEqualTo(Reason.CORRUPT);
		assertThat(reason(TestFiles.encryptedPdf())).isEqualTo(Reason.ENCRYPTED);
		byte[] png = TestFiles.image(page.image(), "png");
		assertThat(reason(Arrays.copyOf(png, 20))).isEqualTo(Reason.CORRUPT);
	}

	@Test
	void refusesAPngBombFromItsHeaderWithoutDecodingIt() throws Exception {
		byte[] bomb = TestFiles.pngClaiming(60_000, 60_000);
		long t = System.nanoTime();
		UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
				() -> reader.read(bomb));
		assertThat(e.reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
		assertThat((System.nanoTime() - t) / 1e9).isLessThan(1.0);
	}

	@Test
	void refusesTooManyPages() throws Exception {
		try (DocumentReader small = DocumentReaders.create(OcrSettings.defaults().withPoolSize(1).withLimits(1, 100_000_000))) {
			byte[] tiff = TestFiles.multiPageTiff(List.of(page.image(), page.image()));
			assertThat(catchThrowableOfType(UnreadableDocumentException.class, () -> small.probe(tiff)).reason())
				.isEqualTo(Reason.TOO_MANY_PAGES);
		}
	}

	private static Reason reason(byte[] content) {
		UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
				() -> reader.probe(content));
		assertThat(e).as("refused").isNotNull();
		return e.reason();
	}
}
