package com.onereview.forms;

/** The kinds of AcroForm field the templates use. */
public enum FormFieldType {
	/** one line of text */
	TEXT,
	/** one character per box (credit code, postcode, region code) */
	COMB,
	/** wrapped text over several lines (business scope) */
	MULTILINE,
	/** on ("Yes") or off */
	CHECKBOX
}
