package com.onereview.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.onereview.ocr.Box;

/**
 * One field's reading.
 * @param value normalized as CONTRACT.md says; {@code null} when not found
 * @param confidence 0..1, the probability that {@code value} is exactly right
 * @param source where the value came from
 * @param box where it stands on the page image; {@code null} when it has no place on a page
 */
public record ExtractedField(String value, double confidence, FieldSource source,
		@JsonInclude(JsonInclude.Include.NON_NULL) Box box) {
}
