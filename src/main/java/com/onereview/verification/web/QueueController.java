package com.onereview.verification.web;

import com.onereview.verification.Actor;
import com.onereview.verification.CaseQueries;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The verifier's queue screen; for now the cases GET /api/cases lists, rendered server-side. */
@Controller
class QueueController {

	private final CaseQueries cases;

	QueueController(CaseQueries cases) {
		this.cases = cases;
	}

	@GetMapping("/queue")
	String queue(Authentication user, Model model) {
		model.addAttribute("cases", cases.list(null, false, Actor.of(user)));
		return "verification/queue";
	}
}
