package com.onereview.rpa.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.onereview.rpa.Filings;
import com.onereview.verification.Actor;
import com.onereview.verification.CaseQueries;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case's filing with the regulator: where it stands, its receipt, and the portal screenshot kept as evidence. */
@RestController
class FilingController {

	private final Filings filings;

	private final CaseQueries cases;

	FilingController(Filings filings, CaseQueries cases) {
		this.filings = filings;
		this.cases = cases;
	}

	@GetMapping("/api/cases/{id}/filing")
	ResponseEntity<Map<String, Object>> filing(@PathVariable String id, Authentication user) {
		cases.visibleState(id, Actor.of(user));
		return filings.status(id).map(status -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("caseId", id);
			body.put("state", status.state());
			body.put("receiptNo", status.receiptNo());
			body.put("alreadyFiled", status.alreadyFiled());
			body.put("attempts", status.attempts());
			body.put("lastError", status.lastError());
			body.put("evidenceSha256", status.evidenceSha256());
			body.put("queuedAt", status.queuedAt());
			body.put("finishedAt", status.finishedAt());
			return ResponseEntity.ok(body);
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(value = "/api/cases/{id}/filing/evidence.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> evidence(@PathVariable String id, Authentication user) {
		cases.visibleState(id, Actor.of(user));
		return filings.evidence(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
	}
}
