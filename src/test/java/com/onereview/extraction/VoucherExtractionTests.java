package com.onereview.extraction;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.onereview.fixtures.FieldComparison;
import com.onereview.fixtures.VoucherData;
import com.onereview.fixtures.VoucherGenerator;
import com.onereview.fixtures.VoucherRenderer;
import com.onereview.ocr.DocumentReader;
import com.onereview.ocr.DocumentReaders;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated clean 进账单 and 电汇凭证, read by the product's OCR and re-reader, through the dispatching extractor. */
class VoucherExtractionTests {

	private static final long SEED = 20240610;

	private static final int COUNT = 4;

	@Test
	void readsCleanVouchersAndNeverIsConfidentlyWrong() throws Exception {
		Map<String, int[]> tally = new LinkedHashMap<>();
		List<String> confidentWrong = new ArrayList<>();
		List<String> wrongDespiteAmountCheck = new ArrayList<>();
		int amountChecked = 0;
		OcrSettings settings = OcrSettings.defaults().withPoolSize(1);
		VoucherGenerator generator = new VoucherGenerator(SEED);
		try (DocumentReader reader = DocumentReaders.create(settings);
				LineReader lineReader = DocumentReaders.lineReader(settings)) {
			FieldExtractor extractor = FieldExtractors.create(lineReader);
			for (int i = 0; i < COUNT; i++) {
				VoucherData data = generator.next();
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				ImageIO.write(new VoucherRenderer().render(data, i), "png", png);
				DocumentResult result = extractor.extract("voucher-" + i, reader.read(png.toByteArray()));
				assertThat(result.documentType()).isEqualTo(DocumentType.BANK_VOUCHER);
				boolean checked = result.fields().get("amount").confidence() >= 0.9;
				amountChecked += checked ? 1 : 0;
				for (Map.Entry<String, String> e : data.expectedFields().entrySet()) {
					ExtractedField f = result.fields().get(e.getKey());
					boolean right = FieldComparison.matches(e.getKey(), e.getValue(), f.value());
					int[] t = tally.computeIfAbsent(e.getKey(), k -> new int[2]);
					t[0] += right ? 1 : 0;
					t[1]++;
					String what = i + " " + e.getKey() + ": expected " + e.getValue() + ", got " + f.value() + " @ "
							+ f.confidence();
					if (!right && f.confidence() >= 0.9) {
						confidentWrong.add(what);
					}
					if (!right && checked && List.of("amount", "payerAccount", "payeeAccount").contains(e.getKey())) {
						wrongDespiteAmountCheck.add(what);
					}
				}
			}
		}
		tally.forEach((k, t) -> System.out.printf("%-14s %d/%d%n", k, t[0], t[1]));
		assertThat(confidentWrong).as("fields at confidence >= 0.9 that are wrong").isEmpty();
		assertThat(wrongDespiteAmountCheck).isEmpty();
		assertThat(amountChecked).as("vouchers whose amount in words matched the figures").isGreaterThanOrEqualTo(2);
		assertThat(tally.get("payerAccount")[0] + tally.get("payeeAccount")[0]).as("accounts right")
			.isGreaterThanOrEqualTo(2 * COUNT - 1);
	}
}
