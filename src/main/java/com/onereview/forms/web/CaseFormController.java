package com.onereview.forms.web;

import java.util.List;

import com.onereview.forms.CaseForm;
import com.onereview.forms.CaseForms;
import com.onereview.verification.Actor;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's forms: the list with their status, and each PDF (DRAFT preview or FINAL). Refusals (unknown or
 * invisible case, unknown form) are problem JSON through verification's case problems.
 */
@RestController
@RequestMapping("/api/cases/{id}/forms")
class CaseFormController {

	private final CaseForms forms;

	CaseFormController(CaseForms forms) {
		this.forms = forms;
	}

	@GetMapping
	List<CaseForm> list(@PathVariable String id, Authentication user) {
		return forms.list(id, Actor.of(user));
	}

	@GetMapping("/{formId}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String formId, Authentication user) {
		CaseForms.Pdf pdf = forms.pdf(id, formId, Actor.of(user));
		boolean draft = CaseForm.DRAFT.equals(pdf.status());
		String fileName = id + "-" + formId + (draft ? "-draft" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.header("X-Form-Status", pdf.status())
			// a preview changes with every correction; the final form never does
			.cacheControl(draft ? CacheControl.noStore() : CacheControl.noCache().cachePrivate())
			.body(pdf.bytes());
	}
}
