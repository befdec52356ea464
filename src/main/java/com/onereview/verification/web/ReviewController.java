package com.onereview.verification.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.onereview.verification.Actor;
import com.onereview.verification.AuditEntry;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.ClaimService;
import com.onereview.verification.Decision;
import com.onereview.verification.DecisionService;
import com.onereview.verification.FieldOutcome;
import com.onereview.verification.FieldService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The verifier's side: claims, field work, decisions, handling time, and the audit trail. */
@RestController
@RequestMapping("/api/cases")
class ReviewController {

	private final ClaimService claims;

	private final FieldService fields;

	private final DecisionService decisions;

	private final CaseQueries queries;

	private final MessageSource messages;

	ReviewController(ClaimService claims, FieldService fields, DecisionService decisions, CaseQueries queries,
			MessageSource messages) {
		this.claims = claims;
		this.fields = fields;
		this.decisions = decisions;
		this.queries = queries;
		this.messages = messages;
	}

	record ValueRequest(String value, Boolean override) {

		boolean overrides() {
			return Boolean.TRUE.equals(override);
		}
	}

	record ConfirmRequest(String use) {
	}

	record DecisionRequest(Decision decision, String reasonCode, String comment) {
	}

	record ReassignRequest(String verifier) {
	}

	record ActivityRequest(Long activeSeconds, Map<String, Long> fields) {
	}

	@PostMapping("/{id}/claim")
	Map<String, Object> claim(@PathVariable String id, Authentication user) {
		return claimed(id, user.getName(), claims.claim(id, Actor.of(user)));
	}

	@PostMapping("/claim-next")
	ResponseEntity<Map<String, Object>> claimNext(Authentication user) {
		return claims.claimNext(Actor.of(user))
			.map(id -> ResponseEntity.ok(claimed(id, user.getName(), queries.detail(id, Actor.of(user)).summary()
				.leaseExpiresAt())))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{id}/release")
	ResponseEntity<Void> release(@PathVariable String id, Authentication user) {
		claims.release(id, Actor.of(user));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/reassign")
	ResponseEntity<Void> reassign(@PathVariable String id, @RequestBody ReassignRequest request, Authentication user) {
		claims.reassign(id, request.verifier(), Actor.of(user));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/fields/{documentId}/{key}/rekey")
	FieldOutcome rekey(@PathVariable String id, @PathVariable String documentId, @PathVariable String key,
			@RequestBody ValueRequest request, Authentication user) {
		return fields.rekey(id, documentId, key, request.value(), Actor.of(user));
	}

	@PutMapping("/{id}/fields/{documentId}/{key}")
	FieldOutcome correct(@PathVariable String id, @PathVariable String documentId, @PathVariable String key,
			@RequestBody ValueRequest request, Authentication user) {
		return fields.correct(id, documentId, key, request.value(), request.overrides(), Actor.of(user));
	}

	@PostMapping("/{id}/fields/{documentId}/{key}/confirm")
	FieldOutcome confirm(@PathVariable String id, @PathVariable String documentId, @PathVariable String key,
			@RequestBody(required = false) ConfirmRequest request, Authentication user) {
		boolean rekeyed = request != null && "REKEYED".equalsIgnoreCase(request.use());
		return fields.confirm(id, documentId, key, rekeyed, Actor.of(user));
	}

	@PostMapping("/{id}/decision")
	Map<String, Object> decide(@PathVariable String id, @RequestBody DecisionRequest request, Authentication user) {
		return Map.of("caseId", id, "state", decisions.decide(id, request.decision(), request.reasonCode(),
				request.comment(), Actor.of(user)).name());
	}

	/** The configured reason codes with their labels in the caller's language. */
	@GetMapping("/reasons")
	Map<String, Object> reasons(Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (Decision decision : List.of(Decision.RETURN, Decision.REJECT)) {
			body.put(decision.name(), decisions.reasons(decision).stream()
				.map(code -> Map.of("code", code, "label", messages.getMessage("reason." + code, null, code, locale)))
				.toList());
		}
		return body;
	}

	@PostMapping("/{id}/activity")
	Map<String, Object> activity(@PathVariable String id, @RequestBody ActivityRequest request, Authentication user) {
		long added = fields.activity(id, request.activeSeconds() == null ? 0 : request.activeSeconds(),
				request.fields(), Actor.of(user));
		// the report extends the lease: the screen resets its countdown from this
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("addedSeconds", added);
		body.put("leaseExpiresAt", queries.summary(id, Actor.of(user)).leaseExpiresAt());
		return body;
	}

	@GetMapping("/{id}/audit")
	ResponseEntity<?> audit(@PathVariable String id, @RequestParam(required = false) String format,
			Authentication user) {
		List<AuditEntry> events = queries.audit(id, Actor.of(user));
		if (!"csv".equalsIgnoreCase(format)) {
			return ResponseEntity.ok(events);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + "-audit.csv\"")
			.body(AuditCsv.of(events));
	}

	private static Map<String, Object> claimed(String id, String user, Instant leaseExpiresAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", id);
		body.put("claimedBy", user);
		body.put("leaseExpiresAt", leaseExpiresAt);
		return body;
	}
}
