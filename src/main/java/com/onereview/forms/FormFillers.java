package com.onereview.forms;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;

/** Builds the form filler, for the service and for the command line alike. */
public final class FormFillers {

	private FormFillers() {
	}

	/** A PDFBox filler embedding the first usable fonts of {@code fonts}; dates by {@code clock}. */
	public static FormFiller create(List<Path> fonts, Clock clock) {
		return new PdfBoxFormFiller(fonts, new FormValues(new Derivations(clock)));
	}
}
