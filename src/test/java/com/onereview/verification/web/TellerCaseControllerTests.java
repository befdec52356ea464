package com.onereview.verification.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.onereview.ingest.UploadService;
import com.onereview.verification.AccountKind;
import com.onereview.verification.Actor;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseField;
import com.onereview.verification.CaseKind;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseService;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;
import com.onereview.verification.Decision;
import com.onereview.verification.FieldStatus;
import com.onereview.security.Role;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TellerCaseController.class)
class TellerCaseControllerTests {

	static final Actor TELLER = new Actor("teller", Role.TELLER);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseQueries queries;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	UploadService uploads;

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void myCasesPutReturnedFirstHighlightedWithTheReason() throws Exception {
		given(queries.list(null, true, TELLER)).willReturn(List.of(summary("c1-aaaaaaaa", CaseState.PENDING_REVIEW, null),
				summary("c2-bbbbbbbb", CaseState.RETURNED, "DOCUMENT_UNREADABLE")));
		mvc.perform(get("/cases"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("我的案件")))
			.andExpect(content().string(containsString("新建开户")))
			.andExpect(content().string(containsString("文件不清晰，无法辨认")))
			.andExpect(content().string(containsString("2026-11-24 16:00"))) // 08:00 UTC, in the bank's zone
			// the returned case first, highlighted
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*case-row returned.*c2-bbbbb.*c1-aaaaa.*")));
	}

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void newAccountOpeningCreatesADraftAndOpensIt() throws Exception {
		given(cases.create(TELLER)).willReturn("c9");
		mvc.perform(post("/cases")).andExpect(status().isForbidden());
		mvc.perform(post("/cases").with(csrf())).andExpect(redirectedUrl("/cases/c9/teller"));
	}

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void aDraftShowsTheLicenseDataReadOnlyWithheldReadingsHiddenAndTheInputsEditable() throws Exception {
		CaseDetail detail = new CaseDetail(summary("c3-cccccccc", CaseState.DRAFT, null), null, 0,
				List.of(new CaseDetail.DocumentRef("d1", "license.png", "EXTRACTED", "BUSINESS_LICENSE", 1, "teller",
						"teller")),
				List.of(field("companyName", FieldStatus.ACCEPTED, "<b>石家庄</b>有限公司"),
						field("registeredCapital", FieldStatus.ACCEPTED, "人民币壹仟万元整"),
						field("address", FieldStatus.REKEY, null)),
				Map.of("bankCode", "313121000010"), Map.of("registeredCapitalYuan", "10000000.00", "regionCode", "130102"),
				List.of("UPLOAD", "DETACH", "EDIT_INPUTS", "SUBMIT"));
		given(queries.detail(eq("c3-cccccccc"), any())).willReturn(detail);
		mvc.perform(get("/cases/c3-cccccccc/teller"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;石家庄&lt;/b&gt;有限公司")))
			.andExpect(content().string(containsString("10000000.00")))
			.andExpect(content().string(containsString("由复核员盲录核对")))
			.andExpect(content().string(containsString("data-upload-url=\"/api/cases/c3-cccccccc/documents\"")))
			.andExpect(content().string(containsString("value=\"313121000010\"")))
			.andExpect(content().string(containsString("提交复核")))
			.andExpect(content().string(not(containsString("data-blocker="))));
		mvc.perform(get("/cases/c3-cccccccc/teller/live"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"live\"")))
			.andExpect(content().string(not(containsString("id=\"inputs\""))));
	}

	private static CaseField field(String key, FieldStatus status, String value) {
		return new CaseField("d1", key, status, value, value == null ? null : "OCR", value, 0.95, null, null, List.of(),
				0);
	}

	private static CaseSummary summary(String id, CaseState state, String reason) {
		return new CaseSummary(id, state, CaseKind.ACCOUNT_OPENING, "BUSINESS_LICENSE", List.of("d1"), "0101",
				AccountKind.BASIC, "teller", Instant.parse("2026-11-24T08:00:00Z"), null, null, null, null, null,
				reason == null ? null : Decision.RETURN, reason);
	}
}
