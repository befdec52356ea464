package com.onereview.forms;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import tools.jackson.databind.json.JsonMapper;

/** Test data and checks shared by the form tests: a golden license's fields, teller inputs, rendering. */
final class FormFixtures {

	static final Path TEMPLATES = Path.of("templates");

	static final Path LICENSE = Path.of("test-fixtures/business-license/001-clean-png/expected-fields.json");

	/** The bank's date of the fills. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final float DPI = 100;

	private FormFixtures() {
	}

	static Map<String, String> inputs() {
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("accountKind", "BASIC");
		inputs.put("phone", "0311-87654321");
		inputs.put("postcode", "050000");
		inputs.put("depositorCategory", "企业法人");
		inputs.put("industryCode", "G 交通运输、仓储和邮政业");
		inputs.put("legalRepIdType", "居民身份证");
		inputs.put("legalRepIdNumber", "13010219800101123x");
		inputs.put("controllingShareholder", "吴凯");
		inputs.put("bankCode", "102121000011");
		inputs.put("bankName", "中国工商银行石家庄长安支行");
		inputs.put("accountNumber", "0402 0210 0930 0123 456");
		return inputs;
	}

	static FormData licenseData() throws IOException {
		return FormData.fromResult(JsonMapper.builder().build().readTree(Files.readString(LICENSE)), inputs(), TODAY);
	}

	static FormFiller filler() {
		return FormFillers.create(FontChain.DEFAULT_FONTS);
	}

	/** Fields and inputs with what derives from them on {@link #TODAY}. */
	static FormData data(Map<String, String> fields, Map<String, String> inputs) {
		return FormData.deriving(fields, inputs, TODAY);
	}

	static FormTemplate template(String id) {
		return FormTemplateLoader.load(TEMPLATES).find(id).orElseThrow();
	}

	static BufferedImage render(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFRenderer(doc).renderImageWithDPI(0, DPI);
		}
	}

	/** Dark pixels inside a widget rectangle (PDF points, origin bottom left), 1 pt inside its border. */
	static int ink(BufferedImage page, FormField field) {
		float scale = DPI / 72;
		int x0 = Math.round((field.x() + 1) * scale);
		int x1 = Math.round((field.x() + field.width() - 1) * scale);
		int y0 = Math.round(page.getHeight() - (field.y() + field.height() - 1) * scale);
		int y1 = Math.round(page.getHeight() - (field.y() + 1) * scale);
		int dark = 0;
		for (int x = x0; x < x1; x++) {
			for (int y = y0; y < y1; y++) {
				int rgb = page.getRGB(x, y);
				int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
				if (luminance < 110) {
					dark++;
				}
			}
		}
		return dark;
	}
}
