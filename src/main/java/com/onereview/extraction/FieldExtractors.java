package com.onereview.extraction;

/** Builds the extractors without Spring. */
public final class FieldExtractors {

	private FieldExtractors() {
	}

	/** The extractor for every document type known so far (business licenses). */
	public static FieldExtractor create() {
		return new LicenseFieldExtractor();
	}
}
