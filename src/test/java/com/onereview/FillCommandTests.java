package com.onereview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fill}: exit codes and messages, and a form whose fields hold the result's values. */
class FillCommandTests {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void fillsAFormFromAContractResultWithTellerInputs() throws IOException {
		Path result = temp.resolve("result.json");
		Files.writeString(result, """
				{"file": "license.png", "documentType": "BUSINESS_LICENSE", "pages": 1, "fields": {
				  "creditCode": {"value": "91130102MAT45B8NXB", "confidence": 0.97, "source": "OCR"},
				  "companyName": {"value": "石家庄犇燊䶮科技有限公司", "confidence": 0.91},
				  "registeredCapital": {"value": "人民币壹仟万元整", "confidence": 0.95},
				  "address": {"value": null, "confidence": 0.0}}, "issues": [], "error": null}
				""");
		Path out = temp.resolve("out.pdf");
		int status = run("--form", "pbc-filing", "--data", result.toString(), "--out", out.toString(),
				"--input", "accountKind=GENERAL", "--input", "postcode=050000", "--flatten");
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		try (PDDocument doc = Loader.loadPDF(out.toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
			assertThat(text).contains("石家庄犇燊䶮科技有限公司").contains("10000000.00").contains("人民币");
		}
	}

	@Test
	void badUsageAndUnknownFormsExitTwo() throws IOException {
		assertThat(run("--form", "pbc-filing")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--form, --data and --out are required");
		Path result = Files.writeString(temp.resolve("r.json"), "{\"fields\": {}}");
		assertThat(run("--form", "no-such", "--data", result.toString(), "--out", temp.resolve("o.pdf").toString()))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no form 'no-such'").contains("pbc-filing");
		Path notJson = Files.writeString(temp.resolve("bad.json"), "not json");
		assertThat(run("--form", "pbc-filing", "--data", notJson.toString(), "--out", temp.resolve("o.pdf").toString()))
			.isEqualTo(2);
		assertThat(run("--form", "pbc-filing", "--data", result.toString(), "--out", "x", "--input", "novalue")).isEqualTo(2);
	}

	@Test
	void aCharacterNoFontDrawsExitsOneNamingFieldAndCharacter() throws IOException {
		Path result = Files.writeString(temp.resolve("r.json"), "{\"fields\": {\"companyName\": \"𠮷祥有限公司\"}}");
		Path out = temp.resolve("o.pdf");
		assertThat(run("--form", "account-opening", "--data", result.toString(), "--out", out.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("field depositorName").contains("U+20BB7");
		assertThat(out).doesNotExist();
	}

	private int run(String... args) {
		return new FillCommand(new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}
}
