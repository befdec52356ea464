package com.onereview.ingest.web;

import java.util.List;

import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;
import com.onereview.security.Role;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One document: its scan in the viewer, its fields beside it (the review screen's building blocks). */
@Controller
class DocumentPageController {

	/**
	 * Green from this confidence up. CONTRACT.md calibrates confidence so that at most 1 in 100 fields at 0.9 or
	 * more is wrong; the case review takes its (configurable) threshold from the verification settings.
	 */
	static final double GREEN_CONFIDENCE = 0.9;

	private final UploadService uploads;

	private final JsonMapper json;

	DocumentPageController(UploadService uploads, JsonMapper json) {
		this.uploads = uploads;
		this.json = json;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, Authentication user, Model model) {
		DocumentView document = uploads.find(id)
			.filter(found -> Role.seesAll(user) || found.uploadedBy().equals(user.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("document", document);
		model.addAttribute("fields", document.resultJson() == null ? List.of()
				: FieldRow.of(json.readTree(document.resultJson()), GREEN_CONFIDENCE));
		model.addAttribute("pageUrl", "/api/documents/" + document.id() + "/pages/");
		model.addAttribute("pages", document.pageCount() == null ? 0 : document.pageCount());
		return "ingest/document";
	}
}
