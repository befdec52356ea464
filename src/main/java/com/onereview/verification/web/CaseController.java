package com.onereview.verification.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.onereview.ingest.UploadOutcome;
import com.onereview.ingest.UploadService;
import com.onereview.verification.Actor;
import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseService;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseSummary;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Cases: the queue and one case's detail, and the teller's side (create, upload into, inputs, submit). */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseQueries queries;

	private final CaseService cases;

	private final UploadService uploads;

	private final CaseProblems problems;

	CaseController(CaseQueries queries, CaseService cases, UploadService uploads, CaseProblems problems) {
		this.queries = queries;
		this.cases = cases;
		this.uploads = uploads;
		this.problems = problems;
	}

	@GetMapping
	List<CaseSummary> list(@RequestParam(required = false) CaseState state,
			@RequestParam(defaultValue = "false") boolean mine, Authentication user) {
		return queries.list(state, mine, Actor.of(user));
	}

	@PostMapping
	ResponseEntity<Map<String, String>> create(Authentication user) {
		String id = cases.create(Actor.of(user));
		return ResponseEntity.created(URI.create("/api/cases/" + id))
			.body(Map.of("id", id, "state", CaseState.DRAFT.name(), "location", "/api/cases/" + id));
	}

	@GetMapping("/{id}")
	CaseDetail one(@PathVariable String id, Authentication user) {
		return queries.detail(id, Actor.of(user));
	}

	/** Uploads files into the case, each attached in its upload's transaction. */
	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@PathVariable String id, MultipartHttpServletRequest request, Authentication user,
			Locale locale) throws IOException {
		queries.detail(id, Actor.of(user)); // unknown or foreign cases answer 404 before anything is stored
		List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
		List<Map<String, Object>> accepted = new ArrayList<>();
		List<Map<String, Object>> refused = new ArrayList<>();
		for (MultipartFile file : files) {
			UploadOutcome outcome = uploads.accept(file.getOriginalFilename(), file.getBytes(), user.getName(), id);
			(outcome.accepted() ? accepted : refused).add(body(outcome));
		}
		if (files.isEmpty() || !refused.isEmpty()) {
			return problems.uploadRefused(id, accepted, refused, locale);
		}
		return ResponseEntity.accepted().body(Map.of("caseId", id, "documents", accepted));
	}

	@DeleteMapping("/{id}/documents/{documentId}")
	ResponseEntity<Void> detach(@PathVariable String id, @PathVariable String documentId, Authentication user) {
		cases.detach(id, documentId, Actor.of(user));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/inputs")
	Map<String, String> inputs(@PathVariable String id, @RequestBody Map<String, String> inputs, Authentication user) {
		cases.setInputs(id, inputs, Actor.of(user));
		return queries.detail(id, Actor.of(user)).inputs();
	}

	@PostMapping("/{id}/submit")
	CaseSummary submit(@PathVariable String id, Authentication user) {
		cases.submit(id, Actor.of(user));
		return queries.detail(id, Actor.of(user)).summary();
	}

	private static Map<String, Object> body(UploadOutcome outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", outcome.documentId());
		body.put("fileName", outcome.fileName());
		body.put("duplicate", outcome.duplicate());
		body.put("status", outcome.status() == null ? null : outcome.status().name());
		body.put("reason", outcome.refusedFor() == null ? null : outcome.refusedFor().name());
		body.put("location", outcome.documentId() == null ? null : "/api/documents/" + outcome.documentId());
		return body;
	}
}
