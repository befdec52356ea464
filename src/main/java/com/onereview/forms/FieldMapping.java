package com.onereview.forms;

/**
 * One line of mapping.yaml: form field {@code formField} takes its value from {@code key} of kind
 * {@code kind}; a checkbox is on when that value {@code equals} the given one. {@code line} is 1-based.
 */
public record FieldMapping(String formField, SourceKind kind, String key, String equals, String format,
		Integer maxLength, int line) {

	public boolean isCheck() {
		return equals != null;
	}
}
