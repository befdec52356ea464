package com.onereview.verification.web;

import java.util.List;

import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseState;
import com.onereview.security.Role;
import com.onereview.verification.CaseSummary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The case queue, read-only for now: tellers see the cases of their own uploads, the other roles all. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseQueries cases;

	CaseController(CaseQueries cases) {
		this.cases = cases;
	}

	@GetMapping
	List<CaseSummary> list(@RequestParam(required = false) CaseState state, Authentication user) {
		return cases.list(state, Role.seesAll(user) ? null : user.getName());
	}

	@GetMapping("/{id}")
	ResponseEntity<CaseSummary> one(@PathVariable String id, Authentication user) {
		return cases.find(id)
			.filter(found -> Role.seesAll(user) || found.createdBy().equals(user.getName()))
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + id));
	}

}
