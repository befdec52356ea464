package com.onereview.forms;

/** Where a form field's value comes from: a CONTRACT.md field, a teller input, or a derived value. */
public enum SourceKind {

	FIELD("field"), INPUT("input"), DERIVED("derived");

	private final String yamlKey;

	SourceKind(String yamlKey) {
		this.yamlKey = yamlKey;
	}

	/** The key that names this kind of source in mapping.yaml. */
	public String yamlKey() {
		return yamlKey;
	}
}
