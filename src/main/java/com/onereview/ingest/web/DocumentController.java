package com.onereview.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.onereview.ingest.DocumentView;
import com.onereview.ingest.PageImage;
import com.onereview.ingest.UploadOutcome;
import com.onereview.ingest.UploadService;
import com.onereview.security.Role;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Upload documents, follow their processing, fetch their page images. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

	private final UploadService uploads;

	private final UploadProblems problems;

	private final JsonMapper json;

	DocumentController(UploadService uploads, UploadProblems problems, JsonMapper json) {
		this.uploads = uploads;
		this.problems = problems;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(MultipartHttpServletRequest request, @RequestParam(required = false) String caseId,
			Authentication user, Locale locale) throws IOException {
		List<MultipartFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream).toList();
		if (files.isEmpty()) {
			return problems.noFiles(locale);
		}
		List<UploadOutcome> accepted = new ArrayList<>();
		List<UploadOutcome> refused = new ArrayList<>();
		for (MultipartFile file : files) {
			UploadOutcome outcome = uploads.accept(file.getOriginalFilename(), file.getBytes(), user.getName(),
					caseId);
			(outcome.accepted() ? accepted : refused).add(outcome);
		}
		List<Map<String, Object>> acceptedBodies = accepted.stream().map(DocumentController::summary).toList();
		if (!refused.isEmpty()) {
			return problems.refused(refused, acceptedBodies, locale);
		}
		return ResponseEntity.accepted()
			.location(URI.create(location(accepted.get(0).documentId())))
			.body(Map.of("documents", acceptedBodies));
	}

	@GetMapping("/{id}")
	ResponseEntity<?> document(@PathVariable String id, Authentication user, Locale locale) {
		return uploads.find(id)
			.filter(document -> maySee(user, document))
			.<ResponseEntity<?>>map(document -> ResponseEntity.ok(body(document, mayReadResult(user, document))))
			.orElseGet(() -> problems.notFound(id, locale));
	}

	@GetMapping("/{id}/pages/{page}")
	ResponseEntity<?> page(@PathVariable String id, @PathVariable int page, Authentication user, Locale locale) {
		if (uploads.find(id).filter(document -> maySee(user, document)).isEmpty()) {
			return problems.notFound(id, locale);
		}
		return uploads.page(id, page)
			.<ResponseEntity<?>>map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.mediaType()))
				.header("X-Page-Width", String.valueOf(image.width()))
				.header("X-Page-Height", String.valueOf(image.height()))
				.body(image.bytes()))
			.orElseGet(() -> problems.pageNotFound(id, page, locale));
	}

	/** Tellers see their own uploads; verifiers, supervisors and admins see all. */
	private static boolean maySee(Authentication user, DocumentView document) {
		return Role.seesAll(user) || document.uploadedBy().equals(user.getName());
	}

	/**
	 * The machine's reading goes to the uploader and supervisors; a verifier reads fields through the case, where
	 * values awaiting a blind re-key are withheld.
	 */
	private static boolean mayReadResult(Authentication user, DocumentView document) {
		return document.uploadedBy().equals(user.getName()) || Role.SUPERVISOR.heldBy(user);
	}

	private Map<String, Object> body(DocumentView document, boolean withResult) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", document.id());
		body.put("fileName", document.fileName());
		body.put("status", document.status().name());
		body.put("mediaType", document.mediaType());
		body.put("sizeBytes", document.sizeBytes());
		body.put("sha256", document.sha256());
		body.put("uploadedBy", document.uploadedBy());
		body.put("uploadedAt", document.uploadedAt().toString());
		body.put("attempts", document.attempts());
		body.put("pages", document.pageCount());
		body.put("documentType", document.documentType());
		body.put("result", document.resultJson() == null || !withResult ? null : json.readTree(document.resultJson()));
		body.put("error", document.errorCode() == null ? null
				: Map.of("code", document.errorCode(), "message", String.valueOf(document.errorMessage())));
		return body;
	}

	private static Map<String, Object> summary(UploadOutcome outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", outcome.documentId());
		body.put("fileName", outcome.fileName());
		body.put("sha256", outcome.sha256());
		body.put("status", outcome.status().name());
		body.put("duplicate", outcome.duplicate());
		body.put("location", location(outcome.documentId()));
		return body;
	}

	private static String location(String id) {
		return "/api/documents/" + id;
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:onereview:problem:" + type));
		problem.setTitle(title);
		return problem;
	}
}
