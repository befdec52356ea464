package com.onereview.forms;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/** The diagonal 草稿 DRAFT mark on previews, so a preview is never mistaken for the filed form. */
final class DraftMark {

	static final String TEXT = "草稿 DRAFT";

	private DraftMark() {
	}

	static void stamp(PDDocument doc, FontChain fonts) throws IOException {
		List<FontChain.Run> runs = fonts.runs(TEXT, "watermark");
		float size = 72;
		for (PDPage page : doc.getPages()) {
			PDRectangle box = page.getMediaBox();
			PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
			translucent.setNonStrokingAlphaConstant(0.25f);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				cs.setGraphicsStateParameters(translucent);
				cs.setNonStrokingColor(0.85f, 0.1f, 0.1f);
				cs.beginText();
				float width = FontChain.width(runs, size);
				double angle = Math.atan2(box.getHeight(), box.getWidth());
				Matrix matrix = Matrix.getRotateInstance(angle, box.getWidth() / 2, box.getHeight() / 2);
				matrix.translate(-width / 2, -size / 3);
				cs.setTextMatrix(matrix);
				FontChain.show(cs, runs, size);
				cs.endText();
			}
		}
	}
}
