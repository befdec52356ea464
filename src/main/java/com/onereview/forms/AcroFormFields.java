package com.onereview.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Reads the fields of an AcroForm PDF: names, kinds, comb lengths and where their widgets stand. */
public final class AcroFormFields {

	private AcroFormFields() {
	}

	/** The fields of {@code pdf} in form order; throws {@link IllegalArgumentException} for a field kind forms do not use. */
	public static List<FormField> read(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			if (form == null) {
				throw new IllegalArgumentException("the PDF has no AcroForm");
			}
			List<FormField> fields = new ArrayList<>();
			for (PDField field : form.getFieldTree()) {
				if (field.getWidgets().isEmpty() || field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField) {
					continue;
				}
				fields.add(describe(doc, field));
			}
			return fields;
		}
	}

	private static FormField describe(PDDocument doc, PDField field) {
		PDAnnotationWidget widget = field.getWidgets().get(0);
		PDRectangle r = widget.getRectangle();
		int page = doc.getPages().indexOf(widget.getPage());
		String name = field.getFullyQualifiedName();
		if (field instanceof PDCheckBox) {
			return new FormField(name, FormFieldType.CHECKBOX, 0, page, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(),
					r.getHeight());
		}
		if (field instanceof PDTextField text) {
			FormFieldType type = text.isComb() ? FormFieldType.COMB
					: text.isMultiline() ? FormFieldType.MULTILINE : FormFieldType.TEXT;
			return new FormField(name, type, Math.max(text.getMaxLen(), 0), page, r.getLowerLeftX(), r.getLowerLeftY(),
					r.getWidth(), r.getHeight());
		}
		throw new IllegalArgumentException("field " + name + " is a " + field.getFieldType()
				+ " field; forms use text fields and checkboxes");
	}
}
