package com.onereview.forms;

/** A template folder that cannot be right (unknown field, unknown source, unreadable PDF): fails start-up. */
public class TemplateException extends RuntimeException {

	public TemplateException(String location, String message) {
		super(location + ": " + message);
	}

	public TemplateException(String location, String message, Throwable cause) {
		super(location + ": " + message, cause);
	}
}
