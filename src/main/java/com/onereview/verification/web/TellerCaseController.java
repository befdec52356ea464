package com.onereview.verification.web;

import java.util.Comparator;
import java.util.List;

import com.onereview.verification.Actor;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseService;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;
import com.onereview.verification.TellerInputs;

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
 * (teller-case.js over the case API). The same page shows a case read-only once it has left the teller.
 */
@Controller
class TellerCaseController {

	/** Returned cases first (they wait for the teller), then drafts, then the rest; newest first within each. */
	private static final Comparator<CaseSummary> MY_ORDER = Comparator
		.comparingInt((CaseSummary c) -> c.state() == CaseState.RETURNED ? 0 : c.state() == CaseState.DRAFT ? 1 : 2)
		.thenComparing(CaseSummary::createdAt, Comparator.reverseOrder());

	private final CaseQueries queries;

	private final CaseService cases;

	TellerCaseController(CaseQueries queries, CaseService cases) {
		this.queries = queries;
		this.cases = cases;
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
		return "redirect:/cases/" + cases.create(actor);
	}

	@GetMapping("/cases/{id}")
	String one(@PathVariable String id, Authentication user, Model model) {
		fill(model, queries.detail(id, Actor.of(user)));
		model.addAttribute("inputKeys", TellerInputs.KEYS);
		return "verification/teller-case";
	}

	/** The parts of the case page that change while files are read: documents, pre-filled data, readiness. */
	@GetMapping("/cases/{id}/live")
	String live(@PathVariable String id, Authentication user, Model model) {
		fill(model, queries.detail(id, Actor.of(user)));
		return "verification/teller-case :: live";
	}

	private static void fill(Model model, CaseDetail detail) {
		model.addAttribute("detail", detail);
		model.addAttribute("summary", detail.summary());
		model.addAttribute("editable", detail.allowedActions().contains("EDIT_INPUTS"));
		model.addAttribute("view", TellerCaseView.of(detail));
	}
}
