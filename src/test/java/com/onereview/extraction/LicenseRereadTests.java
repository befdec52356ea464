package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrLine;
import com.onereview.ocr.OcrWord;
import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;
import com.onereview.ocr.TextSource;

/** The extractor with a second reading of short values, on a hand-made page whose OCR misread the name. */
class LicenseRereadTests {

	private static final BufferedImage IMAGE = new BufferedImage(3508, 2480, BufferedImage.TYPE_3BYTE_BGR);

	private final List<Box> regions = new ArrayList<>();

	@Test
	void withoutALineReaderThePageReadingStandsAtLowConfidence() {
		ExtractedField person = extract(FieldExtractors.create(), "ARIE").fields().get("legalRepresentative");
		assertThat(person.value()).isEqualTo("ARIE");
		assertThat(person.confidence()).isLessThanOrEqualTo(0.5);
	}

	@Test
	void aChineseReReadingReplacesLatinJunkBelowTheTrustedLevel() {
		ExtractedField person = extract(FieldExtractors.create(reading("宋斌")), "ARIE").fields()
			.get("legalRepresentative");
		assertThat(person.value()).isEqualTo("宋斌");
		assertThat(person.confidence()).isLessThan(0.9);
		// the crop starts right of the label and stays on its row
		Box region = regions.get(0);
		assertThat(region.x()).isGreaterThan(300 + 240);
		assertThat(region.y()).isLessThan(1010).isGreaterThan(950);
	}

	@Test
	void agreementRaisesConfidenceAndDisagreementLowersIt() {
		// the raw scores, the confidence model's evidence (calibration bins them afterwards)
		double alone = confidence(FieldExtractors.create(), "宋斌");
		double agreed = confidence(FieldExtractors.uncalibrated(reading("宋斌")), "宋斌");
		double disputed = confidence(FieldExtractors.uncalibrated(reading("宋武")), "宋斌");
		assertThat(agreed).isGreaterThan(alone);
		assertThat(disputed).isLessThan(alone);
	}

	@Test
	void aFailingLineReaderLeavesThePageReading() {
		LineReader broken = (page, region) -> {
			throw new com.onereview.ocr.OcrException("no handle");
		};
		assertThat(extract(FieldExtractors.create(broken), "宋斌").fields().get("legalRepresentative").value())
			.isEqualTo("宋斌");
	}

	private double confidence(FieldExtractor extractor, String pageName) {
		return extract(extractor, pageName).fields().get("legalRepresentative").confidence();
	}

	private LineReader reading(String text) {
		return (page, region) -> {
			regions.add(region);
			Box box = new Box(1, region.x() + 20, region.y() + 10, 100, 48);
			return new OcrLine(text, 0.88, box, List.of(new OcrWord(text, 0.88, box)));
		};
	}

	private static DocumentResult extract(FieldExtractor extractor, String name) {
		List<OcrLine> lines = List.of(line(word("营业执照", 1254, 470, 600, 150)),
				line(word("统一社会信用代码", 260, 560, 400, 48)),
				line(word("法定代表人", 300, 960, 240, 48), word(name, 615, 960, 100, 48)));
		PageText text = new PageText(1, IMAGE.getWidth(), IMAGE.getHeight(), TextSource.OCR, "test", 0, 0, lines);
		return extractor.extract("hand-made", new ReadDocument("image/png", List.of(new ReadPage(1, IMAGE, text))));
	}

	private static OcrWord word(String text, int x, int y, int w, int h) {
		return new OcrWord(text, 0.85, new Box(1, x, y, w, h));
	}

	private static OcrLine line(OcrWord... words) {
		Box box = words[0].box();
		for (OcrWord w : words) {
			box = box.union(w.box());
		}
		return new OcrLine(String.join(" ", List.of(words).stream().map(OcrWord::text).toList()), 0.85, box, List.of(words));
	}
}
