package com.onereview.forms;

/** Fills a template from form data and returns the PDF. */
public interface FormFiller {

	/**
	 * The filled PDF. Values are resolved by the template's mapping; a field with no value is left empty.
	 * Throws {@link FormFillException} (e.g. {@link MissingGlyphException}) rather than write a wrong form.
	 */
	byte[] fill(FormTemplate template, FormData data, FillOptions options);
}
