package com.onereview.ingest.web;

import java.time.Instant;
import java.util.Optional;

import com.onereview.ingest.DocumentStatus;
import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DocumentPageController.class)
class DocumentPageControllerTests {

	static final String RESULT = """
			{"documentType": "BUSINESS_LICENSE", "fields": {
			  "creditCode": {"value": "91130102MAT45B8NXB", "confidence": 0.97, "source": "OCR",
			                 "box": {"page": 1, "x": 120, "y": 480, "w": 610, "h": 52}},
			  "companyName": {"value": "<script>alert(1)</script>", "confidence": 0.5, "source": "OCR"}},
			 "issues": []}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UploadService uploads;

	@BeforeEach
	void document() {
		given(uploads.find("d1")).willReturn(Optional.of(new DocumentView("d1", "license.png", "image/png", 10, "abc",
				DocumentStatus.EXTRACTED, "BUSINESS_LICENSE", 1, RESULT, null, null, 1, "teller",
				Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:00:05Z"))));
	}

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void theUploaderSeesTheFieldsWithBoxesAsNumbersAndTextEscaped() throws Exception {
		mvc.perform(get("/documents/d1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("统一社会信用代码")))
			.andExpect(content().string(containsString("data-field=\"creditCode\"")))
			.andExpect(content().string(containsString("data-x=\"120\"")))
			.andExpect(content().string(containsString("data-page-url=\"/api/documents/d1/pages/\"")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	@WithMockUser(username = "teller2", roles = "TELLER")
	void anotherTellerGetsNotFound() throws Exception {
		mvc.perform(get("/documents/d1")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "verifier", roles = "VERIFIER")
	void aVerifierSeesItInEnglishOnRequest() throws Exception {
		mvc.perform(get("/documents/d1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unified social credit code")));
	}
}
