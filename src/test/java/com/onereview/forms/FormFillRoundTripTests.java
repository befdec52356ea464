package com.onereview.forms;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Round the loop (STYLE.md): fill each form from a golden license, reload, assert every value, render, look. */
class FormFillRoundTripTests {

	private final FormFiller filler = FormFixtures.filler();

	@Test
	void accountOpeningCarriesEveryValueAndShowsIt() throws IOException {
		Map<String, String> expected = new LinkedHashMap<>(common());
		expected.put("registeredCapital", "10万元");
		expected.put("establishedDate", "2022年04月06日");
		expected.put("idTypeResident", "Yes");
		expected.put("idTypePassport", "Off");
		expected.put("idTypeHkMacau", "Off");
		expected.put("accountName", "石家庄盛天物流有限公司");
		expected.put("controllingShareholder", "吴凯");
		expected.put("bankName", "中国工商银行石家庄长安支行");
		expected.put("applicationDate", "2026年11月24日");
		roundTrip("account-opening", expected);
	}

	@Test
	void pbcFilingCarriesEveryValueWithCapitalInYuanAndRegionCode() throws IOException {
		Map<String, String> expected = new LinkedHashMap<>(common());
		expected.put("accountNumber", "040202100930012345" + "6");
		expected.put("openingDate", "2026年11月24日");
		expected.put("legalRepIdType", "居民身份证");
		expected.put("capitalCurrency", "人民币");
		expected.put("capitalAmountYuan", "100000.00");
		roundTrip("pbc-filing", expected);
	}

	/** Values both forms hold, computed by hand from the fixture (not by the code under test). */
	private static Map<String, String> common() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("depositorName", "石家庄盛天物流有限公司");
		values.put("address", "河北省石家庄市长安区学院路193号1号楼8层108室");
		values.put("phone", "0311-87654321");
		values.put("postcode", "050000");
		values.put("depositorCategory", "企业法人");
		values.put("regionCode", "130102");
		values.put("creditCode", "91130102MAT45B8NXB");
		values.put("legalRepName", "吴凯");
		values.put("industryCode", "G 交通运输、仓储和邮政业");
		values.put("legalRepIdNumber", "13010219800101123X");
		values.put("businessScope", "技术开发、技术咨询、技术服务；计算机软硬件及辅助设备销售；办公用品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）");
		values.put("proofDocumentType", "营业执照");
		values.put("proofDocumentNumber", "91130102MAT45B8NXB");
		values.put("proofDocumentExpiry", "2052年04月05日");
		values.put("accountKindBasic", "Yes");
		values.put("accountKindGeneral", "Off");
		values.put("accountKindSpecial", "Off");
		values.put("accountKindTemporary", "Off");
		values.put("bankCode", "102121000011");
		return values;
	}

	private void roundTrip(String formId, Map<String, String> expected) throws IOException {
		FormTemplate template = FormFixtures.template(formId);
		byte[] pdf = filler.fill(template, FormFixtures.licenseData(), FillOptions.plain());
		Map<String, String> actual = new LinkedHashMap<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			for (PDField field : form.getFieldTree()) {
				actual.put(field.getFullyQualifiedName(), field instanceof PDCheckBox box
						? (box.isChecked() ? "Yes" : "Off") : field.getValueAsString());
			}
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		template.fields().forEach(field -> wanted.put(field.name(), expected.get(field.name())));
		assertThat(actual).as("every field of " + formId).isEqualTo(wanted);

		BufferedImage page = FormFixtures.render(pdf);
		for (FormField field : template.fields()) {
			int ink = FormFixtures.ink(page, field);
			if (field.type() == FormFieldType.CHECKBOX) {
				boolean on = "Yes".equals(expected.get(field.name()));
				assertThat(ink).as("tick of " + field.name()).matches(n -> on ? n > 8 : n < 4);
			}
			else {
				assertThat(ink).as("ink in " + field.name()).isGreaterThan(20);
			}
		}
		Path png = Files.createDirectories(Path.of("target/docs")).resolve("form-" + formId + ".png");
		ImageIO.write(page, "png", png.toFile());
	}

	/** A second renderer: poppler drew no tick while the checkbox states sat in an indirect dictionary. */
	@Test
	void popplerShowsTheValuesAndTheTicksToo() throws Exception {
		FormTemplate template = FormFixtures.template("account-opening");
		Path pdf = Files.createDirectories(Path.of("target/forms")).resolve("poppler.pdf");
		Files.write(pdf, filler.fill(template, FormFixtures.licenseData(), FillOptions.plain()));
		Path png = pdf.resolveSibling("poppler");
		Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", String.valueOf((int) FormFixtures.DPI), "-png",
				"-singlefile", pdf.toString(), png.toString()).inheritIO().start();
		assertThat(pdftoppm.waitFor()).isZero();
		BufferedImage page = ImageIO.read(pdf.resolveSibling("poppler.png").toFile());
		for (FormField field : template.fields()) {
			int ink = FormFixtures.ink(page, field);
			if (field.name().equals("accountKindBasic") || field.name().equals("idTypeResident")) {
				assertThat(ink).as("tick of " + field.name()).isGreaterThan(8);
			}
			else if (field.type() == FormFieldType.CHECKBOX) {
				assertThat(ink).as(field.name()).isLessThan(4);
			}
			else {
				assertThat(ink).as("ink in " + field.name()).isGreaterThan(20);
			}
		}
	}

	@Test
	void fieldsNoDocumentHoldsAreLeftEmptyNeverInvented() throws IOException {
		FormTemplate template = FormFixtures.template("pbc-filing");
		FormData onlyName = FormFixtures.data(Map.of("companyName", "石家庄盛天物流有限公司"), Map.of());
		byte[] pdf = filler.fill(template, onlyName, FillOptions.plain());
		BufferedImage page = FormFixtures.render(pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			assertThat(form.getField("depositorName").getValueAsString()).isEqualTo("石家庄盛天物流有限公司");
			for (FormField field : template.fields()) {
				if (!field.name().equals("depositorName") && !field.name().equals("openingDate")) {
					String value = form.getField(field.name()).getValueAsString();
					assertThat(value).as(field.name()).isIn("", "Off");
					assertThat(FormFixtures.ink(page, field)).as("ink in empty " + field.name()).isLessThan(4);
				}
			}
		}
	}

	@Test
	void rareCharactersInTheCompanyNameAreDrawn() throws IOException {
		FormTemplate template = FormFixtures.template("account-opening");
		FormField name = template.fields().stream().filter(f -> f.name().equals("depositorName")).findFirst().orElseThrow();
		int plain = inkOfName(template, name, "石家庄有限公司");
		int rare = inkOfName(template, name, "石家庄犇燊䶮有限公司");
		assertThat(plain).isGreaterThan(20);
		// three more characters, each with many strokes: clearly more ink, not the same (or blanks)
		assertThat(rare - plain).as("ink of 犇燊䶮").isGreaterThan(plain / 7 * 3 / 2);
	}

	private int inkOfName(FormTemplate template, FormField name, String companyName) throws IOException {
		byte[] pdf = filler.fill(template, FormFixtures.data(Map.of("companyName", companyName), Map.of()), FillOptions.plain());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getDocumentCatalog().getAcroForm().getField("depositorName").getValueAsString())
				.isEqualTo(companyName);
		}
		return FormFixtures.ink(FormFixtures.render(pdf), name);
	}

	@Test
	void flattenedFormHasNoFieldsLeftButTheSameInk() throws IOException {
		FormTemplate template = FormFixtures.template("account-opening");
		byte[] pdf = filler.fill(template, FormFixtures.licenseData(), new FillOptions(true, false));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			assertThat(form == null || form.getFields().isEmpty()).isTrue();
			assertThat(new PDFTextStripper().getText(doc)).contains("石家庄盛天物流有限公司").doesNotContain("DRAFT");
		}
		BufferedImage page = FormFixtures.render(pdf);
		for (FormField field : template.fields()) {
			if (field.type() != FormFieldType.CHECKBOX) {
				assertThat(FormFixtures.ink(page, field)).as("flattened " + field.name()).isGreaterThan(20);
			}
		}
	}

	@Test
	void draftPreviewCarriesTheWatermark() throws IOException {
		byte[] pdf = filler.fill(FormFixtures.template("pbc-filing"), FormFixtures.licenseData(), new FillOptions(false, true));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// the diagonal mark comes out of text extraction a few letters per line
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).endsWith("草稿DRAFT");
		}
		BufferedImage page = FormFixtures.render(pdf);
		assertThat(reddish(page)).as("red pixels of the mark").isGreaterThan(10_000);
		byte[] plain = filler.fill(FormFixtures.template("pbc-filing"), FormFixtures.licenseData(), FillOptions.plain());
		assertThat(reddish(FormFixtures.render(plain))).isZero();
		Path png = Files.createDirectories(Path.of("target/docs")).resolve("form-pbc-filing-draft.png");
		ImageIO.write(page, "png", png.toFile());
	}

	private static int reddish(BufferedImage page) {
		int count = 0;
		for (int x = 0; x < page.getWidth(); x++) {
			for (int y = 0; y < page.getHeight(); y++) {
				int rgb = page.getRGB(x, y);
				if ((rgb >> 16 & 0xff) > (rgb & 0xff) + 40) {
					count++;
				}
			}
		}
		return count;
	}
}
