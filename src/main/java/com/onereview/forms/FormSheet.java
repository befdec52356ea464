package com.onereview.forms;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Draws a one-page A4 form as a ruled table, label cells in Chinese (embedded CJK font), and places an AcroForm
 * field in each value cell. Rows are added top to bottom; widths are in points and fill the table width.
 */
final class FormSheet implements Closeable {

	static final float WIDTH = 515;

	private static final float LEFT = 40;

	private static final float LABEL_SIZE = 9;

	/** One cell of a row: a label, a field, or a group of labelled checkboxes. */
	sealed interface Cell permits Label, Field, Checks {
		float width();
	}

	record Label(String text, float width) implements Cell {
	}

	record Field(String name, FormFieldType type, int maxLength, float width) implements Cell {
	}

	/** Checkboxes side by side, each with its label: names[i] labelled labels[i]. */
	record Checks(List<String> names, List<String> labels, float width) implements Cell {
	}

	private final PDDocument doc = new PDDocument();

	private final PDPage page = new PDPage(PDRectangle.A4);

	private final PDAcroForm form = new PDAcroForm(doc);

	private final FontChain fonts;

	private final PDPageContentStream cs;

	private float y = PDRectangle.A4.getHeight() - 40;

	FormSheet(List<Path> fontFiles) throws IOException {
		doc.addPage(page);
		doc.getDocumentCatalog().setAcroForm(form);
		PDResources dr = new PDResources();
		dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
		dr.put(COSName.getPDFName("ZaDb"), new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
		form.setDefaultResources(dr);
		form.setDefaultAppearance("/Helv 0 Tf 0 g");
		fonts = FontChain.load(doc, fontFiles);
		cs = new PDPageContentStream(doc, page);
		// fixed dates keep regenerated templates byte-stable apart from the document id
		Calendar epoch = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		epoch.setTimeInMillis(0);
		doc.getDocumentInformation().setCreationDate(epoch);
		doc.getDocumentInformation().setCreator("OneReview generate-forms");
	}

	void title(String text, String subtitle) throws IOException {
		centered(text, 16, y - 16);
		centered(subtitle, 9, y - 32);
		y -= 44;
	}

	void section(String text) throws IOException {
		cs.setNonStrokingColor(0.9f);
		cs.addRect(LEFT, y - 18, WIDTH, 18);
		cs.fill();
		cs.setNonStrokingColor(0f);
		cs.addRect(LEFT, y - 18, WIDTH, 18);
		cs.stroke();
		write(text, LABEL_SIZE + 1, LEFT + 4, y - 13);
		y -= 18;
	}

	void row(float height, Cell... cells) throws IOException {
		float x = LEFT;
		for (Cell cell : cells) {
			cs.addRect(x, y - height, cell.width(), height);
			cs.stroke();
			if (cell instanceof Label label) {
				write(label.text(), LABEL_SIZE, x + 4, y - height / 2 - 3);
			}
			else if (cell instanceof Field field) {
				field(field, new PDRectangle(x + 2, y - height + 2, field.width() - 4, height - 4));
			}
			else if (cell instanceof Checks checks) {
				checks(checks, x, y - height / 2);
			}
			x += cell.width();
		}
		y -= height;
	}

	void note(String text) throws IOException {
		write(text, 8, LEFT, y - 14);
		y -= 20;
	}

	byte[] save() throws IOException {
		cs.close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		doc.close();
	}

	private void field(Field spec, PDRectangle rect) throws IOException {
		PDTextField field = new PDTextField(form);
		field.setPartialName(spec.name());
		field.setDefaultAppearance("/Helv 10 Tf 0 g");
		if (spec.type() == FormFieldType.COMB) {
			field.setMaxLen(spec.maxLength());
			field.setComb(true);
			field.setDoNotScroll(true);
			combLines(rect, spec.maxLength());
		}
		field.setMultiline(spec.type() == FormFieldType.MULTILINE);
		place(field, rect);
	}

	private void combLines(PDRectangle rect, int boxes) throws IOException {
		float cell = rect.getWidth() / boxes;
		cs.setStrokingColor(0.6f);
		for (int i = 1; i < boxes; i++) {
			cs.moveTo(rect.getLowerLeftX() + i * cell, rect.getLowerLeftY());
			cs.lineTo(rect.getLowerLeftX() + i * cell, rect.getUpperRightY());
		}
		cs.addRect(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getWidth(), rect.getHeight());
		cs.stroke();
		cs.setStrokingColor(0f);
	}

	private void checks(Checks checks, float x, float middle) throws IOException {
		float cx = x + 6;
		for (int i = 0; i < checks.names().size(); i++) {
			PDRectangle box = new PDRectangle(cx, middle - 5, 10, 10);
			cs.addRect(cx, middle - 5, 10, 10);
			cs.stroke();
			checkbox(checks.names().get(i), box);
			String label = checks.labels().get(i);
			write(label, LABEL_SIZE, cx + 13, middle - 3);
			cx += 13 + FontChain.width(fonts.runs(label, "label"), LABEL_SIZE) + 12;
		}
	}

	private void checkbox(String name, PDRectangle rect) throws IOException {
		PDCheckBox box = new PDCheckBox(form);
		box.setPartialName(name);
		PDAnnotationWidget widget = place(box, rect);
		COSDictionary normal = new COSDictionary();
		normal.setItem(COSName.getPDFName(FormValues.ON), tick(rect, true));
		normal.setItem(COSName.Off, tick(rect, false));
		// direct dictionaries: poppler ignores the states of an /N dictionary held by reference
		normal.setDirect(true);
		PDAppearanceDictionary appearance = new PDAppearanceDictionary();
		appearance.setNormalAppearance(new PDAppearanceEntry(normal));
		appearance.getCOSObject().setDirect(true);
		widget.setAppearance(appearance);
		widget.setAppearanceState(FormValues.OFF);
		// a caption (ZapfDingbats tick) and /DA, for viewers that rebuild checkbox appearances
		PDAppearanceCharacteristicsDictionary characteristics = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
		characteristics.setNormalCaption("4");
		widget.setAppearanceCharacteristics(characteristics);
		box.getCOSObject().setString(COSName.DA, "/ZaDb 0 Tf 0 g");
		box.getCOSObject().setName(COSName.V, FormValues.OFF);
	}

	/** The on state draws a tick as a path, so checkboxes need no font at all. */
	private PDAppearanceStream tick(PDRectangle rect, boolean on) throws IOException {
		PDAppearanceStream stream = new PDAppearanceStream(doc);
		stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
		try (var as = new org.apache.pdfbox.pdmodel.PDAppearanceContentStream(stream)) {
			if (on) {
				as.setLineWidth(1.5f);
				as.moveTo(2, 5);
				as.lineTo(4.2f, 2);
				as.lineTo(8.5f, 8.5f);
				as.stroke();
			}
		}
		return stream;
	}

	private PDAnnotationWidget place(PDField field, PDRectangle rect) throws IOException {
		PDAnnotationWidget widget = field.getWidgets().get(0);
		widget.setRectangle(rect);
		widget.setPage(page);
		widget.setPrinted(true);
		page.getAnnotations().add(widget);
		form.getFields().add(field);
		return widget;
	}

	private void centered(String text, float size, float baseline) throws IOException {
		float width = FontChain.width(fonts.runs(text, "title"), size);
		write(text, size, LEFT + (WIDTH - width) / 2, baseline);
	}

	private void write(String text, float size, float x, float baseline) throws IOException {
		cs.beginText();
		cs.newLineAtOffset(x, baseline);
		FontChain.show(cs, fonts.runs(text, "label"), size);
		cs.endText();
	}
}
