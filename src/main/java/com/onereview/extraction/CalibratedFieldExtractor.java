package com.onereview.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** Replaces each field's raw score by its calibrated confidence ({@link ConfidenceTable}). */
final class CalibratedFieldExtractor implements FieldExtractor {

	private final FieldExtractor raw;

	private final ConfidenceTable table;

	CalibratedFieldExtractor(FieldExtractor raw, ConfidenceTable table) {
		this.raw = raw;
		this.table = table;
	}

	@Override
	public DocumentResult extract(String file, com.onereview.ocr.ReadDocument document) {
		DocumentResult r = raw.extract(file, document);
		Map<String, ExtractedField> fields = new LinkedHashMap<>();
		r.fields().forEach((key, f) -> fields.put(key, f.value() == null ? f
				: new ExtractedField(f.value(), table.calibrate(key, f.confidence()), f.source(), f.box())));
		return new DocumentResult(r.file(), r.documentType(), r.pages(), fields, r.issues(), r.error());
	}
}
