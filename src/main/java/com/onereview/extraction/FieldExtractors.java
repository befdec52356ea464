package com.onereview.extraction;

import com.onereview.ocr.LineReader;

/** Builds the extractors without Spring. */
public final class FieldExtractors {

	private FieldExtractors() {
	}

	/** The extractor for every document type known so far (business licenses, bank vouchers), by the page OCR alone. */
	public static FieldExtractor create() {
		return new ClassifyingFieldExtractor(new LicenseFieldExtractor(null), new VoucherFieldExtractor(null));
	}

	/** The same, re-reading short values with {@code lineReader} for a second opinion; the caller closes it. */
	public static FieldExtractor create(LineReader lineReader) {
		java.util.Objects.requireNonNull(lineReader, "lineReader");
		return new ClassifyingFieldExtractor(new LicenseFieldExtractor(lineReader), new VoucherFieldExtractor(lineReader));
	}
}
