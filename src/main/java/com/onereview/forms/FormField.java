package com.onereview.forms;

/**
 * One field of a template's AcroForm as the PDF declares it; {@code maxLength} is the comb box count or
 * MaxLen (0 when unlimited), the rectangle is the widget's in PDF points on page {@code page} (0-based).
 */
public record FormField(String name, FormFieldType type, int maxLength, int page, float x, float y, float width,
		float height) {
}
