package com.onereview.forms.web;

import java.nio.file.Path;

import com.onereview.forms.FormTemplateLoader;
import com.onereview.forms.FormTemplates;
import com.onereview.ingest.UploadService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FormController.class)
class FormControllerTests {

	@TestConfiguration
	static class Templates {

		@Bean
		FormTemplates formTemplates() {
			return FormTemplateLoader.load(Path.of("templates"));
		}
	}

	@Autowired
	MockMvc mvc;

	/** the upload problem handler (a controller advice) comes with every web slice */
	@MockitoBean
	UploadService uploads;

	@Test
	@WithMockUser(username = "verifier", roles = "VERIFIER")
	void listsTheTemplatesWithEachFieldAndItsSource() throws Exception {
		mvc.perform(get("/api/forms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("account-opening"))
			.andExpect(jsonPath("$[0].title").value("开立单位银行结算账户申请书"))
			.andExpect(jsonPath("$[0].fields[?(@.name == 'creditCode')].type").value("COMB"))
			.andExpect(jsonPath("$[0].fields[?(@.name == 'creditCode')].maxLength").value(18))
			.andExpect(jsonPath("$[0].fields[?(@.name == 'creditCode')].source").value("field"))
			.andExpect(jsonPath("$[0].fields[?(@.name == 'accountKindBasic')].equals").value("BASIC"))
			.andExpect(jsonPath("$[1].id").value("pbc-filing"))
			.andExpect(jsonPath("$[1].fields[?(@.name == 'capitalAmountYuan')].key").value("registeredCapitalYuan"));
	}

	@Test
	void anonymousCallersAreTurnedAway() throws Exception {
		mvc.perform(get("/api/forms")).andExpect(status().isUnauthorized());
	}
}
