package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.onereview.fixtures.Bundle;
import com.onereview.fixtures.BundleGenerator;
import com.onereview.fixtures.BundlePage;
import com.onereview.fixtures.BundlePdfWriter;
import com.onereview.fixtures.FieldComparison;
import com.onereview.ocr.DocumentReader;
import com.onereview.ocr.DocumentReaders;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated scanned PDFs holding several documents, read by the product's OCR through the product's extractor. */
class MultiDocumentExtractionTests {

	private static DocumentReader reader;

	private static LineReader lineReader;

	private static FieldExtractor extractor;

	private final BundleGenerator bundles = new BundleGenerator(20261124);

	@BeforeAll
	static void open() {
		OcrSettings settings = OcrSettings.defaults().withPoolSize(1);
		reader = DocumentReaders.create(settings);
		lineReader = DocumentReaders.lineReader(settings);
		extractor = FieldExtractors.create(lineReader);
	}

	@AfterAll
	static void close() throws Exception {
		lineReader.close();
		reader.close();
	}

	@Test
	void aLicenseAndAVoucherInOnePdfAreBothRead() throws Exception {
		Bundle bundle = bundles.next(List.of(BundlePage.LICENSE, BundlePage.VOUCHER));
		DocumentResult result = read(bundle);
		assertThat(result.pages()).isEqualTo(2);
		assertThat(result.documentType()).isEqualTo(DocumentType.BUSINESS_LICENSE);
		assertThat(result.fields()).isEqualTo(result.documents().get(0).fields());
		assertFound(bundle, result);
	}

	@Test
	void twoVouchersAreTwoDocumentsTheFirstOnTop() throws Exception {
		Bundle bundle = bundles.next(List.of(BundlePage.VOUCHER, BundlePage.VOUCHER));
		DocumentResult result = read(bundle);
		assertThat(result.documentType()).isEqualTo(DocumentType.BANK_VOUCHER);
		assertThat(result.fields()).isEqualTo(result.documents().get(0).fields());
		assertFound(bundle, result);
	}

	@Test
	void aCoverSheetBeforeTheLicenseIsPassedOver() throws Exception {
		Bundle bundle = bundles.next(List.of(BundlePage.COVER, BundlePage.LICENSE));
		DocumentResult result = read(bundle);
		assertThat(result.pages()).isEqualTo(2);
		assertThat(result.documentType()).isEqualTo(DocumentType.BUSINESS_LICENSE);
		assertFound(bundle, result);
	}

	private DocumentResult read(Bundle bundle) throws Exception {
		return extractor.extract("bundle.pdf", reader.read(BundlePdfWriter.scannedPdf(bundle)));
	}

	/** Each expected document found on its pages, most of its fields right, and its boxes on its own pages. */
	private static void assertFound(Bundle bundle, DocumentResult result) {
		assertThat(result.documents()).extracting(d -> d.documentType().name() + d.pages())
			.containsExactlyElementsOf(bundle.expected().stream().map(e -> e.documentType() + e.pages()).toList());
		for (int i = 0; i < bundle.expected().size(); i++) {
			Bundle.Expected expected = bundle.expected().get(i);
			FoundDocument found = result.documents().get(i);
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<String, String> e : expected.fields().entrySet()) {
				ExtractedField field = found.fields().get(e.getKey());
				String value = field == null ? null : field.value();
				if (!FieldComparison.matches(e.getKey(), e.getValue(), value)) {
					wrong.add(e.getKey() + ": " + e.getValue() + " -> " + value);
					assertThat(field == null ? 0 : field.confidence()).as("confidently wrong " + e.getKey()).isLessThan(0.9);
				}
				if (field != null && field.box() != null) {
					assertThat(expected.pages()).as(e.getKey() + "'s box page").contains(field.box().page());
				}
			}
			assertThat(wrong).as("wrong fields of document " + (i + 1)).hasSizeLessThanOrEqualTo(2);
		}
	}
}
