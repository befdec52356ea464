package com.onereview.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Fills AcroForm templates with PDFBox: the font chain is embedded (subset) and named in every field's /DA,
 * values are set and their appearances written, checkboxes switched; optionally flattened and marked DRAFT.
 */
final class PdfBoxFormFiller implements FormFiller {

	private final List<Path> fonts;

	/** Checks the fonts now, so that a machine without them fails at start-up rather than at the first form. */
	PdfBoxFormFiller(List<Path> fonts) {
		try {
			this.fonts = FontChain.usable(fonts);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	@Override
	public byte[] fill(FormTemplate template, FormData data, FillOptions options) {
		Map<String, String> resolved = FormValues.resolve(template, data);
		try (PDDocument doc = Loader.loadPDF(template.pdf())) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			FontChain chain = FontChain.load(doc, fonts);
			String da = "/" + register(form, chain).getName() + " " + AppearanceWriter.SIZE + " Tf 0 g";
			AppearanceWriter writer = new AppearanceWriter(doc, chain);
			for (FormField field : template.fields()) {
				set(form.getField(field.name()), field, resolved.getOrDefault(field.name(), ""), writer, da);
			}
			form.setNeedAppearances(false);
			if (options.flatten()) {
				form.flatten();
			}
			if (options.draft()) {
				DraftMark.stamp(doc, chain);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("filling " + template.id() + " failed: " + ex.getMessage(), ex);
		}
	}

	/** Puts the chain into the form's /DR; returns the name of its first font for /DA. */
	private static COSName register(PDAcroForm form, FontChain chain) {
		PDResources dr = form.getDefaultResources() == null ? new PDResources() : form.getDefaultResources();
		form.setDefaultResources(dr);
		COSName primary = dr.add(chain.primary());
		chain.fonts().stream().skip(1).forEach(dr::add);
		return primary;
	}

	private static void set(PDField pdf, FormField field, String value, AppearanceWriter writer, String da)
			throws IOException {
		if (pdf instanceof PDCheckBox box) {
			if (FormValues.ON.equals(value)) {
				box.check();
			}
			else {
				box.unCheck();
			}
			return;
		}
		PDTextField text = (PDTextField) pdf;
		text.setDefaultAppearance(da);
		// set /V directly: PDTextField.setValue would regenerate the appearance in the single /DA font
		if (value.isEmpty()) {
			text.getCOSObject().removeItem(COSName.V);
		}
		else {
			text.getCOSObject().setString(COSName.V, value);
		}
		for (PDAnnotationWidget widget : text.getWidgets()) {
			writer.write(widget, field, value);
		}
	}
}
