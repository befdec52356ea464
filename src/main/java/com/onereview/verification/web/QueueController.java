package com.onereview.verification.web;

import java.time.Duration;
import java.util.List;

import com.onereview.security.Role;
import com.onereview.security.UserAccounts;
import com.onereview.verification.Actor;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queue screen: cases by SLA deadline, filtered to those waiting, the user's own claims, or all. The buttons
 * call the case API (js/queue.js); what a user may do is decided there, the screen only offers it.
 */
@Controller
class QueueController {

	/** The queue's filters. */
	enum View {
		WAITING, MINE, ALL
	}

	private final CaseQueries cases;

	private final UserAccounts users;

	/** How often an open queue page fetches its rows again (js/queue.js). */
	private final Duration refresh;

	QueueController(CaseQueries cases, UserAccounts users,
			@Value("${onereview.verification.queue-refresh:15s}") Duration refresh) {
		this.cases = cases;
		this.users = users;
		this.refresh = refresh;
	}

	@GetMapping("/queue")
	String queue(@RequestParam(required = false) View view, Authentication user, Model model) {
		Actor actor = Actor.of(user);
		View shown = view != null ? view : actor.supervises() && !actor.verifies() ? View.ALL : View.WAITING;
		model.addAttribute("view", shown.name());
		model.addAttribute("refreshSeconds", Math.max(1, refresh.toSeconds()));
		model.addAttribute("cases", list(shown, actor));
		model.addAttribute("verifies", actor.verifies());
		model.addAttribute("supervises", actor.supervises());
		model.addAttribute("verifiers", actor.supervises() ? users.enabledWith(Role.VERIFIER) : List.of());
		return "verification/queue";
	}

	private List<CaseSummary> list(View view, Actor actor) {
		return switch (view) {
			case WAITING -> cases.list(CaseState.PENDING_REVIEW, false, actor);
			case MINE -> cases.list(CaseState.IN_REVIEW, true, actor);
			case ALL -> cases.list(null, false, actor);
		};
	}
}
