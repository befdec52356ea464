package com.onereview.extraction;

/** Where a field's value came from (CONTRACT.md). */
public enum FieldSource {
	OCR, TEXT_LAYER, REGISTRY, USER, DERIVED
}
