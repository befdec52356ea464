package com.onereview.ingest.web;

import java.time.Instant;
import java.util.List;

import com.onereview.ingest.DocumentStatus;
import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadOutcome;
import com.onereview.ingest.UploadService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UploadService uploads;

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void aTellerLandsOnTheirCasesAndSeesOwnDocumentsInChineseWithOcrTextEscaped() throws Exception {
		given(uploads.recent("teller", 50)).willReturn(List.of(new DocumentView("d1", "<script>x</script>.png",
				"image/png", 10, "abc", DocumentStatus.EXTRACTED, "BUSINESS_LICENSE", 1, null, null, null, 1, "teller",
				Instant.parse("2026-11-24T08:00:00Z"), null)));
		mvc.perform(get("/")).andExpect(redirectedUrl("/cases"));
		mvc.perform(get("/upload"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("上传扫描件")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-upload-url=\"/api/documents\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<meta name=\"_csrf\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("营业执照")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>x"))));
	}

	@Test
	@WithMockUser(username = "verifier", roles = "VERIFIER")
	void aVerifierLandsOnTheQueueAndSeesAllDocumentsInEnglishOnRequestWithoutUploadForm() throws Exception {
		given(uploads.recent(null, 50)).willReturn(List.of());
		mvc.perform(get("/")).andExpect(redirectedUrl("/queue"));
		mvc.perform(get("/upload").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No documents yet.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"drop-zone\""))));
	}

	@Test
	@WithMockUser(username = "teller", roles = "TELLER")
	void anUploadThroughTheFormNeedsTheCsrfTokenAndReportsEachFile() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "license.png", "image/png", new byte[] { 1, 2 });
		given(uploads.accept(eq("license.png"), any(), eq("teller")))
			.willReturn(new UploadOutcome("license.png", "d1", "abc", false, DocumentStatus.RECEIVED, null, null));

		mvc.perform(multipart("/documents").file(file)).andExpect(status().isForbidden());
		mvc.perform(multipart("/documents").file(file).with(csrf()))
			.andExpect(redirectedUrl("/upload"))
			.andExpect(flash().attribute("notices", List.of("已受理“license.png”，正在识别。")));
	}
}
