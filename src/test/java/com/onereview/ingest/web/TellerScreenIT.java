package com.onereview.ingest.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.BrowserSession;
import com.onereview.UniqueScans;
import com.onereview.screens.DocumentPage;
import com.onereview.screens.LoginPage;
import com.onereview.screens.MyCasesPage;
import com.onereview.screens.UploadPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Rectangle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** A teller in a real browser: log in, drop and pick scans, watch them get read live, study one in the viewer. */
class TellerScreenIT extends BrowserSession {

	static final Path LICENSE = Path.of("test-fixtures/business-license/001-clean-png/license.png");

	static final Path VOUCHER = Path.of("test-fixtures/bank-voucher/001-deposit-png/voucher.png");

	/** Another license for the test that plants markup, so it never makes the upload test's files duplicates. */
	static final Path OTHER_LICENSE = Path.of("test-fixtures/business-license/002-jpeg-q85/license.jpg");

	static final Duration READING = Duration.ofSeconds(180);

	@Test
	void aTellerUploadsTwoScansSeesThemReadLiveAndStudiesTheLicense() throws IOException {
		MyCasesPage cases = LoginPage.open(browser, baseUrl()).asTeller("teller", "teller123");
		assertThat(cases.path()).isEqualTo("/cases");
		assertThat(cases.currentUser()).contains("柜员 张敏", "teller");
		assertThat(cases.role()).isEqualTo("柜员");
		UploadPage upload = UploadPage.open(browser, baseUrl());

		upload.markWindow();
		// fresh copies: other test classes in this application context may have uploaded the same fixtures
		upload.recordStates().drop(UniqueScans.copy(LICENSE)).choose(UniqueScans.copy(VOUCHER));
		upload.awaitState("license.png", "EXTRACTED", READING).awaitState("voucher.png", "EXTRACTED", READING);

		for (String file : new String[] { "license.png", "voucher.png" }) {
			assertThat(upload.progress(file)).as(file).isEqualTo(100);
			assertThat(upload.progressEvents(file)).as("upload progress events for " + file).isPositive();
			// the steps arrived one by one on the same page: no reload, no polling from the page
			assertThat(upload.statesSeen(file)).as(file).startsWith("uploading").endsWith("EXTRACTED").hasSizeGreaterThan(2);
			assertThat(upload.stateText(file)).isEqualTo("待复核");
		}
		assertThat(upload.windowStillMarked()).as("the page was never reloaded").isTrue();
		String licenseId = upload.documentId("license.png");
		assertThat(jdbc.sql("SELECT status FROM document WHERE id = ?").param(licenseId).query(String.class).single())
			.isEqualTo("EXTRACTED");
		screenshot("teller-upload");

		DocumentPage document = upload.view("license.png");
		assertThat(document.path()).isEqualTo("/documents/" + licenseId);
		assertThat(document.fieldLabel("creditCode")).isEqualTo("统一社会信用代码");
		assertThat(document.fieldValue("creditCode")).isEqualTo("91130102MAT45B8NXB");
		assertThat(document.levels()).containsKeys("creditCode", "companyName", "registrationAuthority");
		assertThat(document.shortcuts()).contains("Tab", "+", "R");

		document.focusField("creditCode");
		assertBoxCentredInViewer(document, "creditCode");

		// Tab moves to the next field, whose box is highlighted and brought into view in turn
		document.tab(false).awaitActive("companyName");
		assertThat(document.focusedField()).isEqualTo("companyName");
		assertBoxCentredInViewer(document, "companyName");
		document.tab(true).awaitActive("creditCode");

		Rectangle before = document.boxOnScreen("creditCode");
		double scale = document.scale();
		document.zoomIn();
		assertThat(document.scale()).isCloseTo(scale * 1.25, within(0.001));
		assertThat(document.boxOnScreen("creditCode").getWidth()).isCloseTo((int) (before.getWidth() * 1.25), within(3));
		document.wheel(-100);
		assertThat(document.scale()).isCloseTo(scale * 1.25 * 1.25, within(0.001));
		document.press("-");
		assertThat(document.scale()).isCloseTo(scale * 1.25, within(0.001));

		Rectangle flat = document.boxOnScreen("creditCode");
		document.rotate();
		assertThat(document.rotation()).isEqualTo(90);
		Rectangle turned = document.boxOnScreen("creditCode");
		// a wide box stands upright after a quarter turn, at the fitted scale
		assertThat(flat.getWidth()).isGreaterThan(flat.getHeight());
		assertThat(turned.getHeight()).isGreaterThan(turned.getWidth());
		assertThat((double) turned.getHeight() / turned.getWidth())
			.isCloseTo((double) flat.getWidth() / flat.getHeight(), withinPercentage(15));

		Rectangle beforeDrag = document.boxOnScreen("creditCode");
		document.drag(40, 25);
		Rectangle dragged = document.boxOnScreen("creditCode");
		assertThat(dragged.getX() - beforeDrag.getX()).isCloseTo(40, within(2));
		assertThat(dragged.getY() - beforeDrag.getY()).isCloseTo(25, within(2));

		document.press("r").press("r").press("r");
		assertThat(document.rotation()).isZero();
		document.focusField("creditCode").press("+").press("+");
		assertBoxCentredInViewer(document, "creditCode");
		screenshot("document-view");

		DocumentPage english = document.switchToEnglish();
		assertThat(english.path()).isEqualTo("/documents/" + licenseId + "?lang=en");
		assertThat(english.htmlLanguage()).isEqualTo("en");
		assertThat(english.fieldLabel("creditCode")).isEqualTo("Unified social credit code");
		assertThat(english.role()).isEqualTo("Teller");

		LoginPage loggedOut = english.logout();
		assertThat(loggedOut.notice()).isEqualTo("You have logged out.");
		LoginPage again = LoginPage.openExpectingLogin(browser, baseUrl(), "/documents/" + licenseId);
		assertThat(again.path()).isEqualTo("/login");
	}

	@Test
	void textReadFromADocumentIsShownAsTextNeverRunAsMarkup() throws IOException {
		String id = uploadAndAwait("teller", OTHER_LICENSE);
		String planted = "<script>window.__xss = 'script'</script><img src=x onerror=\"window.__xss = 'img'\">";
		// OCR output is untrusted: plant markup where a value read from the scan goes, and in the file name
		JsonNode result = ApiClient.json(
				jdbc.sql("SELECT result_json FROM document WHERE id = ?").param(id).query(String.class).single());
		((ObjectNode) result.get("fields").get("companyName")).put("value", planted);
		jdbc.sql("UPDATE document SET result_json = ?, file_name = ? WHERE id = ?")
			.params(result.toString(), "<b>bold</b>.png", id)
			.update();

		LoginPage.open(browser, baseUrl()).asTeller("teller", "teller123");
		DocumentPage document = DocumentPage.open(browser, baseUrl(), id);
		assertThat(document.fieldValue("companyName")).isEqualTo(planted);
		assertThat(document.heading()).isEqualTo("<b>bold</b>.png");
		document.focusField("companyName");
		assertThat(document.injectedScriptResult()).isNull();
		UploadPage list = UploadPage.open(browser, baseUrl());
		assertThat(list.injectedScriptResult()).isNull();
	}

	private String uploadAndAwait(String user, Path scan) throws IOException {
		var response = api.upload(user, Map.of(scan.getFileName().toString(), UniqueScans.bytes(scan)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String id = ApiClient.json(response.body()).get("documents").get(0).get("id").asString();
		api.awaitDocument(user, id, doc -> doc.get("status").asString().equals("EXTRACTED"), READING);
		return id;
	}

	/** The box is highlighted and brought to the middle of the viewer, wholly inside it. */
	private static void assertBoxCentredInViewer(DocumentPage document, String key) {
		assertThat(document.activeBox()).isEqualTo(key);
		assertThat(document.activeField()).isEqualTo(key);
		Rectangle box = document.boxOnScreen(key);
		Rectangle viewer = document.viewerOnScreen();
		assertThat(box.getX() + box.getWidth() / 2.0).isCloseTo(viewer.getX() + viewer.getWidth() / 2.0, within(3.0));
		assertThat(box.getY() + box.getHeight() / 2.0).isCloseTo(viewer.getY() + viewer.getHeight() / 2.0, within(3.0));
		assertThat(box.getX()).isGreaterThanOrEqualTo(viewer.getX());
		assertThat(box.getX() + box.getWidth()).isLessThanOrEqualTo(viewer.getX() + viewer.getWidth());
	}
}
