package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.onereview.fixtures.LicenseData;
import com.onereview.fixtures.LicenseGenerator;
import com.onereview.fixtures.LicenseRenderer;
import com.onereview.fixtures.TesseractCliReader;
import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;

/** Generated clean licenses, read by the real tesseract CLI, through the extractor. */
class LicenseExtractionTests {

	private static final long[] SEEDS = { 11, 22, 33 };

	@Test
	void readsCleanRendersAndNeverIsConfidentlyWrong() throws Exception {
		FieldExtractor extractor = FieldExtractors.create();
		Map<String, int[]> tally = new LinkedHashMap<>();
		List<String> confidentWrong = new ArrayList<>();
		List<String> mustBeRight = new ArrayList<>();
		for (long seed : SEEDS) {
			LicenseData data = new LicenseGenerator(seed).next();
			BufferedImage image = new LicenseRenderer().render(data, seed);
			PageText text = new TesseractCliReader().recognize(image, 1);
			DocumentResult result = extractor.extract("seed-" + seed,
					new ReadDocument("image/png", List.of(new ReadPage(1, image, text))));
			assertThat(result.documentType()).isEqualTo(DocumentType.BUSINESS_LICENSE);
			for (Map.Entry<String, String> e : data.expectedFields().entrySet()) {
				ExtractedField f = result.fields().get(e.getKey());
				boolean right = f != null && f.value() != null && same(f.value(), e.getValue());
				int[] t = tally.computeIfAbsent(e.getKey(), k -> new int[2]);
				t[0] += right ? 1 : 0;
				t[1]++;
				if (!right && f != null && f.confidence() >= 0.9) {
					confidentWrong.add(seed + " " + e.getKey() + ": " + f.value() + " @ " + f.confidence());
				}
				if (!right && List.of("creditCode", "establishedDate", "businessTermStart").contains(e.getKey())) {
					mustBeRight.add(seed + " " + e.getKey() + ": expected " + e.getValue() + ", got " + (f == null ? null : f.value()));
				}
			}
		}
		tally.forEach((k, t) -> System.out.printf("%-22s %d/%d%n", k, t[0], t[1]));
		assertThat(confidentWrong).as("fields at confidence >= 0.9 that are wrong").isEmpty();
		assertThat(mustBeRight).isEmpty();
		assertThat(tally.get("companyName")[0]).as("company names right").isGreaterThanOrEqualTo(2);
	}

	private static boolean same(String a, String b) {
		return norm(a).equals(norm(b));
	}

	private static String norm(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}
}
