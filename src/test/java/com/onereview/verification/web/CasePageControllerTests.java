package com.onereview.verification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.ingest.UploadService;
import com.onereview.ocr.Box;
import com.onereview.verification.Actor;
import com.onereview.verification.AuditAction;
import com.onereview.verification.AuditEntry;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseField;
import com.onereview.verification.CaseKind;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;
import com.onereview.verification.ClaimService;
import com.onereview.verification.FieldStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review screen goes to the claim holder only, never carries a withheld value, and escapes OCR text. */
@WebMvcTest(CasePageController.class)
class CasePageControllerTests {

	static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	ClaimService claims;

	@MockitoBean
	UploadService uploads; // the upload problems' advice applies to every controller

	@BeforeEach
	void lease() {
		given(claims.lease()).willReturn(Duration.ofMinutes(15));
	}

	static CaseDetail detail(String holder, List<String> actions) {
		CaseSummary summary = new CaseSummary("c1", CaseState.IN_REVIEW, CaseKind.ACCOUNT_OPENING, "BUSINESS_LICENSE",
				List.of("d1"), "BR001", null, "teller", NOW, NOW, NOW.plusSeconds(3600), 3600L, holder,
				NOW.plusSeconds(900), null, null);
		List<CaseField> fields = List.of(
				new CaseField("d1", "companyName", FieldStatus.REKEY, null, null, null, 0.5, null,
						new Box(1, 10, 20, 300, 40), List.of(new ExtractionIssue("companyName", "MALFORMED", null)), 0),
				new CaseField("d1", "address", FieldStatus.CONFLICT, null, null, "<script>alert(1)</script>", 0.6,
						"河北省", null, List.of(), 0),
				new CaseField("d1", "creditCode", FieldStatus.ACCEPTED, "91130102MAT45B8NXB", "OCR",
						"91130102MAT45B8NXB", 0.97, null, new Box(1, 120, 480, 610, 52), List.of(), 0));
		return new CaseDetail(summary, null, 12,
				List.of(new CaseDetail.DocumentRef("d1", "license.png", "EXTRACTED", "BUSINESS_LICENSE", 1, "teller",
						"teller")),
				fields, Map.of("phone", "0311-1234567"), Map.of("regionCode", "130102"), actions);
	}

	@Test
	@WithMockUser(username = "verifier", roles = "VERIFIER")
	void theHolderGetsTheReviewScreenWithTheReKeyFieldEmptyAndTextEscaped() throws Exception {
		given(queries.detail(eq("c1"), any(Actor.class)))
			.willReturn(detail("verifier", List.of("RELEASE", "EDIT_FIELDS", "RETURN", "REJECT")));
		String page = mvc.perform(get("/cases/c1/review"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"REKEY\"")))
			.andExpect(content().string(containsString("data-x=\"120\"")))
			.andExpect(content().string(containsString("data-page-url=\"/api/documents/d1/pages/\"")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("data-lease-seconds=\"900\"")))
			.andExpect(content().string(containsString("0311-1234567")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*id=\"in-d1-companyName\"[^>]*>")
			.matcher(page);
		org.assertj.core.api.Assertions.assertThat(input.find()).isTrue();
		org.assertj.core.api.Assertions.assertThat(input.group()).doesNotContainPattern("value=\"[^\"]");
	}

	@Test
	@WithMockUser(username = "verifier2", roles = "VERIFIER")
	void anyoneElseIsSentToTheReadOnlyCasePage() throws Exception {
		given(queries.detail(eq("c1"), any(Actor.class))).willReturn(detail("verifier", List.of()));
		mvc.perform(get("/cases/c1/review")).andExpect(redirectedUrl("/cases/c1?notice=not-holder"));
	}

	@Test
	@WithMockUser(username = "teller", roles = "ADMIN")
	void aMakerIsToldWhy() throws Exception {
		given(queries.detail(eq("c1"), any(Actor.class))).willReturn(detail(null, List.of("REASSIGN")));
		mvc.perform(get("/cases/c1/review")).andExpect(redirectedUrl("/cases/c1?notice=maker"));
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void theCasePageShowsTheAuditTrailEscapedWithItsExport() throws Exception {
		given(queries.detail(eq("c1"), any(Actor.class))).willReturn(detail("verifier", List.of("REASSIGN")));
		given(queries.audit(eq("c1"), any(Actor.class))).willReturn(List.of(new AuditEntry(1, "c1", NOW, "verifier",
				AuditAction.FIELD_CORRECTED, "d1", "address", "<b>old</b>", "new", "USER", null)));
		mvc.perform(get("/cases/c1").param("notice", "not-holder"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您没有领取这个案件")))
			.andExpect(content().string(containsString("data-action=\"FIELD_CORRECTED\"")))
			.andExpect(content().string(containsString("&lt;b&gt;old&lt;/b&gt;")))
			.andExpect(content().string(containsString("/api/cases/c1/audit?format=csv")))
			.andExpect(content().string(containsString("（待盲录，暂不显示）")))
			.andExpect(content().string(not(containsString("id=\"open-review\""))));
	}
}
