package com.onereview.forms;

import java.nio.file.Path;
import java.util.List;

/** Builds the form filler, for the service and for the command line alike. */
public final class FormFillers {

	private FormFillers() {
	}

	/** A PDFBox filler embedding the first usable fonts of {@code fonts}. */
	public static FormFiller create(List<Path> fonts) {
		return new PdfBoxFormFiller(fonts);
	}
}
