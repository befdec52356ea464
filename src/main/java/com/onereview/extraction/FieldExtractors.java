package com.onereview.extraction;

import com.onereview.ocr.LineReader;

/** Builds the extractors without Spring. */
public final class FieldExtractors {

	private FieldExtractors() {
	}

	/**
	 * The extractor for every document type known so far (business licenses, bank vouchers), by the page OCR alone,
	 * with raw scores: the confidence model is fitted on the pipeline with re-reads.
	 */
	public static FieldExtractor create() {
		return new ClassifyingFieldExtractor(new LicenseFieldExtractor(null), new VoucherFieldExtractor(null));
	}

	/**
	 * The product's extractor: re-reads short values with {@code lineReader} for a second opinion (the caller closes
	 * it) and reports calibrated confidences from the committed {@link ConfidenceTable}.
	 */
	public static FieldExtractor create(LineReader lineReader) {
		java.util.Objects.requireNonNull(lineReader, "lineReader");
		// calibrated per document type, below the split, so every document of a file gets calibrated confidences
		ConfidenceTable table = ConfidenceTable.load();
		return new ClassifyingFieldExtractor(new CalibratedFieldExtractor(new LicenseFieldExtractor(lineReader), table),
				new CalibratedFieldExtractor(new VoucherFieldExtractor(lineReader), table));
	}

	/** The same with raw scores, to fit the confidence model on. */
	public static FieldExtractor uncalibrated(LineReader lineReader) {
		java.util.Objects.requireNonNull(lineReader, "lineReader");
		return new ClassifyingFieldExtractor(new LicenseFieldExtractor(lineReader), new VoucherFieldExtractor(lineReader));
	}
}
