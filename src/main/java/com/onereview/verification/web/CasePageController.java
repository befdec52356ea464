package com.onereview.verification.web;

import java.util.ArrayList;
import java.util.List;

import com.onereview.verification.Actor;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseField;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.ClaimService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case's screens: the read-only case page with its audit trail (anyone who may see the case), and the review
 * screen (the claim holder only; anyone else is sent to the case page with the reason). Every change goes through
 * the case API from js/review.js, where the services decide what is allowed.
 */
@Controller
class CasePageController {

	/** The fields of one document of the case, in the case's order, with where its page images are served. */
	record DocumentFields(CaseDetail.DocumentRef document, String pageUrl, int pages, List<CaseField> fields) {
	}

	private final CaseQueries cases;

	private final ClaimService claims;

	CasePageController(CaseQueries cases, ClaimService claims) {
		this.cases = cases;
		this.claims = claims;
	}

	@GetMapping("/cases/{id}")
	String casePage(@PathVariable String id, Authentication user, Model model) {
		Actor actor = Actor.of(user);
		CaseDetail detail = cases.detail(id, actor);
		model.addAttribute("detail", detail);
		model.addAttribute("documents", byDocument(detail));
		model.addAttribute("audit", cases.audit(id, actor));
		return "verification/case";
	}

	@GetMapping("/cases/{id}/review")
	String review(@PathVariable String id, Authentication user, Model model) {
		CaseDetail detail = cases.detail(id, Actor.of(user));
		if (!detail.allowedActions().contains("EDIT_FIELDS")) {
			// not the claim holder, or a maker of the case: the services' answer, shown on the read-only page
			return "redirect:/cases/" + id + "?notice=" + (isMaker(detail, user.getName()) ? "maker" : "not-holder");
		}
		model.addAttribute("detail", detail);
		model.addAttribute("leaseSeconds", claims.lease().toSeconds());
		model.addAttribute("documents", byDocument(detail));
		return "verification/review";
	}

	/** For wording the notice only; CaseAccess enforces maker-checker on every call. */
	private static boolean isMaker(CaseDetail detail, String user) {
		return user.equals(detail.summary().createdBy()) || detail.documents()
			.stream()
			.anyMatch(document -> user.equals(document.uploadedBy()) || user.equals(document.attachedBy()));
	}

	private static List<DocumentFields> byDocument(CaseDetail detail) {
		List<DocumentFields> documents = new ArrayList<>();
		for (CaseDetail.DocumentRef document : detail.documents()) {
			documents.add(new DocumentFields(document, "/api/documents/" + document.id() + "/pages/",
					document.pages() == null ? 0 : document.pages(),
					detail.fields().stream().filter(field -> field.documentId().equals(document.id())).toList()));
		}
		return documents;
	}
}
