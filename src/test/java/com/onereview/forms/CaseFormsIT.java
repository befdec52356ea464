package com.onereview.forms;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.GoldenCases;
import com.onereview.RunningService;
import com.onereview.ingest.UploadService;
import com.onereview.verification.CaseFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms wired to cases over the API: a DRAFT preview while under review (a field waiting for its blind re-key
 * stays empty), the FINAL forms filled on approval from the verified values, stored and audited; visibility as
 * the case's; voucher cases have no forms; a form that cannot be filled is recorded and the approval stands.
 * Every reading needs a re-key here (threshold 1.0), so what the preview may show is decided by the test.
 */
@TestPropertySource(properties = "onereview.verification.confidence-threshold=1.0")
class CaseFormsIT extends RunningService {

	@Autowired
	FormTemplates templates;

	@Test
	void previewWhileUnderReviewFinalFormsOnApproval() throws IOException {
		String caseId = CaseFixtures.createCase(api, "teller");
		String documentId = CaseFixtures.uploadLicense(api, "teller", caseId);
		assertThat(api.put("teller", "/api/cases/" + caseId + "/inputs", Map.of("accountKind", "BASIC", "phone",
				"0311-87654321", "postcode", "050000")).statusCode()).isEqualTo(200);
		assertThat(api.post("teller", "/api/cases/" + caseId + "/submit", null).statusCode()).isEqualTo(200);
		String machineName = CaseFixtures.machineValues(jdbc, documentId).get("companyName");

		JsonNode drafts = ok(api.get("teller", "/api/cases/" + caseId + "/forms"));
		assertThat(drafts).hasSize(2);
		assertThat(drafts.findValuesAsString("formId")).containsExactly("account-opening", "pbc-filing");
		assertThat(drafts.findValuesAsString("status")).containsOnly("DRAFT");
		// before the re-key the machine's company name is withheld: the preview leaves it empty
		byte[] blind = pdf("verifier", caseId, "account-opening", "DRAFT");
		assertThat(field(blind, "depositorName")).isEmpty();
		assertThat(text(blind)).doesNotContain(machineName);

		assertThat(api.post("verifier", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
		String fields = "/api/cases/" + caseId + "/fields/" + documentId + "/";
		JsonNode rekeyed = ok(api.post("verifier", fields + "companyName/rekey", Map.of("value", machineName)));
		assertThat(rekeyed.get("match").asBoolean()).isTrue();
		byte[] preview = pdf("verifier", caseId, "account-opening", "DRAFT");
		assertThat(field(preview, "depositorName")).isEqualTo(machineName);
		assertThat(field(preview, "creditCode")).isEmpty();
		assertThat(text(preview).replaceAll("\\s", "")).contains("草稿DRAFT");

		resolveTheRest(caseId, documentId, fields);
		assertThat(api.post("verifier", "/api/cases/" + caseId + "/decision", Map.of("decision", "APPROVE"))
			.statusCode()).isEqualTo(200);
		Map<String, String> verified = new HashMap<>();
		CaseFixtures.detail(api, "supervisor", caseId).get("fields")
			.forEach(f -> verified.put(f.get("key").asString(), f.get("value").asString()));

		JsonNode finals = ok(api.get("teller", "/api/cases/" + caseId + "/forms"));
		assertThat(finals.findValuesAsString("status")).containsOnly("FINAL");
		Map<String, String> audited = new HashMap<>();
		ok(api.get("supervisor", "/api/cases/" + caseId + "/audit")).forEach(event -> {
			if (event.get("action").asString().equals("FORM_FILLED")) {
				audited.put(event.get("fieldKey").asString(), event.get("newValue").asString());
			}
		});
		for (JsonNode form : finals) {
			byte[] pdf = pdf("teller", caseId, form.get("formId").asString(), "FINAL");
			assertThat(UploadService.sha256(pdf)).isEqualTo(form.get("sha256").asString())
				.isEqualTo(audited.get(form.get("formId").asString()));
			assertThat(form.get("filledAt").isNull()).isFalse();
		}

		byte[] opening = pdf("verifier", caseId, "account-opening", "FINAL");
		assertFinal(opening, "account-opening", "depositorName", verified.get("companyName"));
		assertFinal(opening, "account-opening", "creditCode", verified.get("creditCode"));
		byte[] filing = pdf("supervisor", caseId, "pbc-filing", "FINAL");
		// the fixture's 10万元, converted by hand
		assertFinal(filing, "pbc-filing", "capitalAmountYuan", "100000.00");
		assertFinal(filing, "pbc-filing", "capitalCurrency", "人民币");
		BufferedImage page = FormFixtures.render(filing);
		assertThat(FormFixtures.ink(page, widget("pbc-filing", "accountKindBasic"))).isGreaterThan(8);
		assertThat(FormFixtures.ink(page, widget("pbc-filing", "accountKindGeneral"))).isLessThan(4);

		assertNotFound(api.get("teller2", "/api/cases/" + caseId + "/forms"), "case-not-found");
		assertNotFound(api.get("teller2", "/api/cases/" + caseId + "/forms/pbc-filing.pdf"), "case-not-found");
		assertNotFound(api.get("teller", "/api/cases/" + caseId + "/forms/no-such-form.pdf"), "form-not-found");
		assertNotFound(api.get("teller", "/api/cases/no-such-case/forms"), "case-not-found");
	}

	@Test
	void aVoucherCaseHasNoForms() throws IOException {
		String caseId = CaseFixtures.createCase(api, "teller");
		byte[] voucher = Files.readAllBytes(GoldenCases.scan(GoldenCases.ROOT.resolve("bank-voucher/001-deposit-png")));
		assertThat(api.upload("teller", "/api/cases/" + caseId + "/documents", Map.of("voucher.png", voucher))
			.statusCode()).isEqualTo(202);
		CaseFixtures.awaitDocuments(api, "teller", caseId);
		assertThat(CaseFixtures.detail(api, "teller", caseId).get("documents").get(0).get("documentType").asString())
			.isEqualTo("BANK_VOUCHER");
		assertThat(ok(api.get("teller", "/api/cases/" + caseId + "/forms"))).isEmpty();
		assertNotFound(api.get("teller", "/api/cases/" + caseId + "/forms/account-opening.pdf"), "form-not-found");
	}

	@Test
	void aFormThatCannotBeFilledIsRecordedAndTheApprovalStands() {
		String caseId = CaseFixtures.createCase(api, "teller");
		String documentId = CaseFixtures.uploadLicense(api, "teller", caseId);
		assertThat(api.post("teller", "/api/cases/" + caseId + "/submit", null).statusCode()).isEqualTo(200);
		assertThat(api.post("verifier", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
		String fields = "/api/cases/" + caseId + "/fields/" + documentId + "/";
		// 𠮷 (U+20BB7) is in real names, and in no font of the chain
		assertThat(api.put("verifier", fields + "companyName", Map.of("value", "𠮷祥物流有限公司", "override", true))
			.statusCode()).isEqualTo(200);
		resolveTheRest(caseId, documentId, fields);
		HttpResponse<String> preview = api.get("verifier", "/api/cases/" + caseId + "/forms/pbc-filing.pdf");
		assertThat(preview.statusCode()).isEqualTo(422);
		assertThat(preview.body()).contains("form-fill-failed").contains("U+20BB7");

		HttpResponse<String> approved = api.post("verifier", "/api/cases/" + caseId + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(ApiClient.json(approved.body()).get("state").asString()).isEqualTo("APPROVED");
		JsonNode forms = ok(api.get("teller", "/api/cases/" + caseId + "/forms"));
		assertThat(forms.findValuesAsString("status")).containsExactly("FAILED", "FAILED");
		assertThat(forms.get(0).get("error").asString()).contains("depositorName").contains("U+20BB7");
		assertThat(forms.get(0).get("href").isNull()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = 'FORM_FAILED' AND "
				+ "detail LIKE '%U+20BB7%'").param(caseId).query(Integer.class).single()).isEqualTo(2);
		HttpResponse<String> missing = api.get("teller", "/api/cases/" + caseId + "/forms/account-opening.pdf");
		assertThat(missing.statusCode()).isEqualTo(409);
		assertThat(missing.body()).contains("form-not-filled").contains("U+20BB7");
	}

	/** Every field but the company name, to the fixture's truth (or the machine's reading where it has none). */
	private void resolveTheRest(String caseId, String documentId, String fields) {
		Map<String, String> truth = GoldenCases.expectedFields(CaseFixtures.licenseFolder());
		Map<String, String> machine = CaseFixtures.machineValues(jdbc, documentId);
		for (JsonNode field : CaseFixtures.detail(api, "verifier", caseId).get("fields")) {
			String key = field.get("key").asString();
			String status = field.get("status").asString();
			HttpResponse<String> response;
			if (key.equals("companyName") || status.equals("CONFIRMED")) {
				continue;
			}
			if (truth.get(key) != null) {
				response = api.put("verifier", fields + key, Map.of("value", truth.get(key), "override", true));
			}
			else if (status.equals("MISSING")) {
				response = api.post("verifier", fields + key + "/confirm", null);
			}
			else {
				response = api.post("verifier", fields + key + "/rekey", Map.of("value", machine.get(key)));
			}
			assertThat(response.statusCode()).as(key + ": " + response.body()).isEqualTo(200);
		}
	}

	private byte[] pdf(String user, String caseId, String formId, String status) {
		HttpResponse<byte[]> response = api.getBytes(user, "/api/cases/" + caseId + "/forms/" + formId + ".pdf");
		assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("X-Form-Status")).hasValue(status);
		return response.body();
	}

	/** A flattened form has no fields: the value is the text drawn inside the field's box. */
	private void assertFinal(byte[] pdf, String formId, String name, String expected) throws IOException {
		FormField widget = widget(formId, name);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
			assertThat(form == null || form.getFields().isEmpty()).as("flattened").isTrue();
			assertThat(new PDFTextStripper().getText(doc)).doesNotContain("DRAFT");
			float height = doc.getPage(widget.page()).getMediaBox().getHeight();
			PDFTextStripperByArea area = new PDFTextStripperByArea();
			area.addRegion(name, new Rectangle2D.Float(widget.x(), height - widget.y() - widget.height(), widget.width(),
					widget.height()));
			area.extractRegions(doc.getPage(widget.page()));
			assertThat(area.getTextForRegion(name).replaceAll("\\s", "")).as(formId + "/" + name).isEqualTo(expected);
		}
	}

	private FormField widget(String formId, String name) {
		return templates.find(formId).orElseThrow().fields().stream().filter(f -> f.name().equals(name)).findFirst()
			.orElseThrow();
	}

	private static String field(byte[] pdf, String name) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getDocumentCatalog().getAcroForm().getField(name).getValueAsString();
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	private static void assertNotFound(HttpResponse<String> response, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(ApiClient.json(response.body()).get("type").asString()).endsWith(type);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}
}
