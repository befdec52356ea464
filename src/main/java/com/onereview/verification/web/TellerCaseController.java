package com.onereview.verification.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ingest.UploadService;

import com.onereview.verification.Actor;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseService;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;
import com.onereview.verification.TellerInputs;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The teller's screens: "my cases" (returned ones first) and one case, where files are dropped into it, the
 * license's data is shown pre-filled, the missing inputs are typed and the case is sent to verification
 * (teller-case.js over the case API). The same page shows a case read-only once it has left the teller; the
 * case page everyone shares, with the audit trail, stays at {@code /cases/{id}}.
 */
@Controller
class TellerCaseController {

	/** Returned cases first (they wait for the teller), then drafts, then the rest; newest first within each. */
	private static final Comparator<CaseSummary> MY_ORDER = Comparator
		.comparingInt((CaseSummary c) -> c.state() == CaseState.RETURNED ? 0 : c.state() == CaseState.DRAFT ? 1 : 2)
		.thenComparing(CaseSummary::createdAt, Comparator.reverseOrder());

	private final CaseQueries queries;

	private final CaseService cases;

	private final UploadService uploads;

	private final JsonMapper json;

	TellerCaseController(CaseQueries queries, CaseService cases, UploadService uploads, JsonMapper json) {
		this.queries = queries;
		this.cases = cases;
		this.uploads = uploads;
		this.json = json;
	}

	@GetMapping("/cases")
	String myCases(Authentication user, Model model) {
		Actor actor = Actor.of(user);
		List<CaseSummary> mine = queries.list(null, true, actor).stream().sorted(MY_ORDER).toList();
		model.addAttribute("cases", mine);
		model.addAttribute("mayCreate", actor.makes());
		return "verification/my-cases";
	}

	/** 新建开户: a new draft, opened at once. */
	@PostMapping("/cases")
	String create(Authentication user) {
		Actor actor = Actor.of(user);
		if (!actor.makes()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return "redirect:/cases/" + cases.create(actor) + "/teller";
	}

	@GetMapping("/cases/{id}/teller")
	String one(@PathVariable String id, Authentication user, Model model) {
		fill(model, queries.detail(id, Actor.of(user)), user);
		model.addAttribute("inputKeys", TellerInputs.KEYS);
		return "verification/teller-case";
	}

	/** The parts of the case page that change while files are read: documents, pre-filled data, readiness. */
	@GetMapping("/cases/{id}/teller/live")
	String live(@PathVariable String id, Authentication user, Model model) {
		fill(model, queries.detail(id, Actor.of(user)), user);
		return "verification/teller-case :: live";
	}

	private void fill(Model model, CaseDetail detail, Authentication user) {
		model.addAttribute("detail", detail);
		model.addAttribute("summary", detail.summary());
		model.addAttribute("editable", detail.allowedActions().contains("EDIT_INPUTS"));
		model.addAttribute("view", TellerCaseView.of(detail, readings(detail, user.getName())));
	}

	/** The license's machine readings, for the teller who uploaded it (the document page's rule); else none. */
	private Map<String, String> readings(CaseDetail detail, String user) {
		Map<String, String> readings = new HashMap<>();
		detail.documents().stream()
			.filter(d -> "BUSINESS_LICENSE".equals(d.documentType()) && user.equals(d.uploadedBy()))
			.findFirst()
			.flatMap(d -> uploads.find(d.id()))
			.filter(document -> document.resultJson() != null)
			.ifPresent(document -> json.readTree(document.resultJson()).path("fields").properties()
				.forEach(field -> readings.put(field.getKey(), field.getValue().path("value").asString(null))));
		return readings;
	}
}
