package com.onereview.forms;

/** A form that cannot be filled truthfully: a value that does not fit its field, a character no font can draw. */
public class FormFillException extends RuntimeException {

	public FormFillException(String message) {
		super(message);
	}
}
