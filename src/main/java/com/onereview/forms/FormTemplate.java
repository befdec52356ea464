package com.onereview.forms;

import java.util.List;

/**
 * A validated template: the AcroForm PDF, its fields, and one mapping per field. {@code origin} says where it
 * was loaded from (a folder or the classpath).
 */
public record FormTemplate(String id, String title, byte[] pdf, List<FormField> fields, List<FieldMapping> mappings,
		String origin) {

	public FieldMapping mappingOf(String formField) {
		return mappings.stream().filter(m -> m.formField().equals(formField)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no mapping for " + formField));
	}
}
