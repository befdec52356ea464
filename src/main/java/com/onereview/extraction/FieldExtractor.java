package com.onereview.extraction;

import com.onereview.ocr.ReadDocument;

/** Classifies a read document and picks out its CONTRACT.md fields, validated. */
public interface FieldExtractor {

	/** @param file the name reported back in the result */
	DocumentResult extract(String file, ReadDocument document);
}
