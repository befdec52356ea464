package com.onereview.verification.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.BrowserSession;
import com.onereview.UniqueScans;
import com.onereview.screens.LoginPage;
import com.onereview.screens.MyCasesPage;
import com.onereview.screens.TellerCasePage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teller in a real browser opens an account: a new case, the license and a voucher dropped into it and read
 * live, the license's data shown pre-filled, the inputs checked by the server as they are typed, one click to
 * send it; the verifier returns it (through the API) and the teller finds it highlighted, fixes it and resends.
 */
class TellerCaseScreenIT extends BrowserSession {

	static final Path LICENSE = Path.of("test-fixtures/business-license/001-clean-png/license.png");

	static final Path VOUCHER = Path.of("test-fixtures/bank-voucher/001-deposit-png/voucher.png");

	static final Duration READING = Duration.ofSeconds(180);

	/** A resident ID number whose GB 11643 check character is right. */
	static final String ID_NUMBER = "11010519491231002X";

	@Test
	void aTellerAssemblesAnAccountOpeningSendsItAndResendsItWhenReturned() throws IOException {
		MyCasesPage cases = LoginPage.open(browser, baseUrl()).asTeller("teller", "teller123");
		assertThat(cases.heading()).isEqualTo("我的案件");
		TellerCasePage page = cases.newAccountOpening();
		String caseId = page.caseId();
		assertThat(page.path()).isEqualTo("/cases/" + caseId + "/teller");
		assertThat(page.state()).isEqualTo("DRAFT");
		assertThat(page.sendEnabled()).isFalse();
		assertThat(page.sendBlockedReason()).isEqualTo("请先上传营业执照等文件。");

		page.markWindow();
		Path voucher = UniqueScans.copy(VOUCHER);
		page.recordStates().drop(UniqueScans.copy(LICENSE)).choose(voucher);
		assertThat(page.sendEnabled()).as("nothing is sent while the files are read").isFalse();
		assertThat(page.sendBlockedReason()).isEqualTo("文件正在识别，识别完成后才能提交。");
		page.awaitUploadState("license.png", "EXTRACTED", READING).awaitUploadState("voucher.png", "EXTRACTED", READING);
		for (String file : new String[] { "license.png", "voucher.png" }) {
			assertThat(page.uploadProgress(file)).isEqualTo(100);
			assertThat(page.statesSeen(file)).as(file).startsWith("uploading").endsWith("EXTRACTED").hasSizeGreaterThan(2);
		}
		page.awaitDocumentsRead(Duration.ofSeconds(15), "license.png", "voucher.png").awaitPrefill(Duration.ofSeconds(15));
		assertThat(page.windowStillMarked()).as("all of it live on the same page").isTrue();

		// the files went into this case, and opened no case of their own
		JsonNode detail = caseDetail(caseId);
		assertThat(detail.get("documents").size()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM verification_case WHERE created_by = 'teller' AND id <> ?")
			.param(caseId).query(Integer.class).single()).isZero();
		assertPrefillMatchesTheCase(page, detail);
		assertThat(page.licenseLink()).endsWith("/documents/" + licenseId(detail));

		page.accountKind("BASIC").type("phone", "0311-86001234").select("depositorCategory", "企业法人")
			.type("industryCode", "I 信息传输、软件和信息技术服务业").select("legalRepIdType", "居民身份证")
			.type("legalRepIdNumber", ID_NUMBER).type("controllingShareholder", "吴凯").type("accountNumber", "6222020200112233");
		page.type("postcode", "05000");
		page.awaitInputError("postcode");
		assertThat(page.inputError("postcode")).isEqualTo("邮政编码应为 6 位数字");
		assertThat(caseDetail(caseId).get("inputs").has("postcode")).as("the server refused it").isFalse();
		page.type("postcode", "050000").awaitInputErrorCleared("postcode");
		assertThat(caseDetail(caseId).get("inputs").get("postcode").asString()).isEqualTo("050000");
		assertThat(page.inputValue("bankCode")).as("the bank's default").isEqualTo("313121000010");
		page.awaitSendEnabled(Duration.ofSeconds(15));
		screenshot("teller-case");

		TellerCasePage sent = page.send();
		assertThat(sent.notice()).isEqualTo("已提交复核。");
		assertThat(sent.state()).isEqualTo("PENDING_REVIEW");
		assertThat(sent.stateText()).isEqualTo("待复核");
		assertThat(sent.slaDeadline()).isNotBlank();
		JsonNode submitted = caseDetail(caseId);
		assertThat(submitted.get("summary").get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(submitted.get("summary").get("accountKind").asString()).isEqualTo("BASIC");
		// a basic account is due by the 17:00 cut-off, shown in the bank's time, not the server's
		assertThat(sent.slaDeadline()).isEqualTo(Instant.parse(submitted.get("summary").get("slaDueAt").asString())
			.atZone(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).endsWith("17:00");
		assertThat(submitted.get("inputs").get("legalRepIdNumber").asString()).isEqualTo(ID_NUMBER);
		assertThat(submitted.get("inputs").get("phone").asString()).isEqualTo("0311-86001234");
		screenshot("teller-case-sent");

		// a verifier claims it and returns it with a reason
		assertThat(api.post("verifier", "/api/cases/" + caseId + "/claim", null).statusCode()).isEqualTo(200);
		var returned = api.post("verifier", "/api/cases/" + caseId + "/decision",
				Map.of("decision", "RETURN", "reasonCode", "DOCUMENT_UNREADABLE", "comment", "进账单模糊，请重新扫描"));
		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

		MyCasesPage list = sent.backToMyCases();
		MyCasesPage.Row first = list.rows().get(0);
		assertThat(first.caseId()).as("returned cases come first").isEqualTo(caseId);
		assertThat(first.highlighted()).isTrue();
		assertThat(first.stateText()).isEqualTo("已退回");
		assertThat(first.reason()).isEqualTo("文件不清晰，无法辨认");
		screenshot("teller-my-cases");

		TellerCasePage fix = list.open(caseId);
		assertThat(fix.state()).isEqualTo("RETURNED");
		assertThat(fix.reasonLabel()).isEqualTo("文件不清晰，无法辨认");
		assertThat(fix.reasonComment()).isEqualTo("进账单模糊，请重新扫描");
		assertThat(fix.inputValue("postcode")).isEqualTo("050000");
		// the voucher out and in again (the same bytes: the document already read comes back at once)
		fix.remove("voucher.png");
		assertThat(caseDetail(caseId).get("documents").size()).isEqualTo(1);
		fix.choose(voucher).awaitDocumentsRead(READING, "license.png", "voucher.png");
		fix.type("phone", "0311-86005678").awaitSendEnabled(Duration.ofSeconds(15));
		screenshot("teller-case-returned");

		TellerCasePage resent = fix.send();
		assertThat(resent.state()).isEqualTo("PENDING_REVIEW");
		JsonNode again = caseDetail(caseId);
		assertThat(again.get("summary").get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(again.get("inputs").get("phone").asString()).isEqualTo("0311-86005678");
		assertThat(again.get("documents").size()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = 'SUBMITTED'").param(caseId)
			.query(Integer.class).single()).isEqualTo(2);
	}

	/**
	 * Each value shown is the case's own; for a field the verifier must re-key, the teller (who uploaded the
	 * license) sees the machine's reading marked as such.
	 */
	private void assertPrefillMatchesTheCase(TellerCasePage page, JsonNode detail) {
		String license = licenseId(detail);
		JsonNode readings = ApiClient.json(jdbc.sql("SELECT result_json FROM document WHERE id = ?").param(license)
			.query(String.class).single()).get("fields");
		for (String key : new String[] { "companyName", "creditCode", "legalRepresentative", "address",
				"registeredCapital" }) {
			JsonNode field = field(detail, license, key);
			String status = field.get("status").asString();
			assertThat(page.prefillStatus(key)).as(key).isEqualTo(status);
			switch (status) {
				case "REKEY" -> assertThat(page.prefill(key)).as(key)
					.startsWith(readings.get(key).get("value").asString())
					.endsWith("（识别把握不足，由复核员盲录核对）");
				case "MISSING" -> assertThat(page.prefill(key)).as(key).isEqualTo("未识别到");
				default -> assertThat(page.prefill(key)).as(key).isEqualTo(field.get("value").asString());
			}
		}
		JsonNode derived = detail.get("derived");
		if (derived.has("registeredCapitalYuan")) {
			assertThat(page.prefill("registeredCapitalYuan")).isEqualTo(derived.get("registeredCapitalYuan").asString());
		}
		if ("ACCEPTED".equals(field(detail, license, "creditCode").get("status").asString())) {
			assertThat(page.prefill("creditCode")).isEqualTo("91130102MAT45B8NXB");
			assertThat(page.prefill("regionCode")).isEqualTo("130102");
		}
	}

	private JsonNode caseDetail(String caseId) {
		var response = api.get("teller", "/api/cases/" + caseId);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response.body());
	}

	private static String licenseId(JsonNode detail) {
		for (JsonNode document : detail.get("documents")) {
			if ("BUSINESS_LICENSE".equals(document.get("documentType").asString())) {
				return document.get("id").asString();
			}
		}
		throw new AssertionError("no license in " + detail);
	}

	private static JsonNode field(JsonNode detail, String documentId, String key) {
		for (JsonNode field : detail.get("fields")) {
			if (field.get("documentId").asString().equals(documentId) && field.get("key").asString().equals(key)) {
				return field;
			}
		}
		throw new AssertionError("no field " + key + " in " + detail.get("fields"));
	}
}
