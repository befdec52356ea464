package com.onereview.forms;

/** No configured font can draw a character of a value: an error, never a silent blank. */
public class MissingGlyphException extends FormFillException {

	private final String field;

	private final int codePoint;

	public MissingGlyphException(String field, int codePoint, String fonts) {
		super("field " + field + ": no font can draw '" + Character.toString(codePoint) + "' (U+"
				+ String.format("%04X", codePoint) + "); fonts tried: " + fonts);
		this.field = field;
		this.codePoint = codePoint;
	}

	public String field() {
		return field;
	}

	public int codePoint() {
		return codePoint;
	}
}
