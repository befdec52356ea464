package com.onereview.verification.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.onereview.verification.CaseException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 problems for refused case operations, worded from messages ({@code case.problem.<type>}). Applies to
 * every handler: an upload into a case is refused inside ingest's upload transaction.
 */
@Component
@RestControllerAdvice
class CaseProblems {

	private final MessageSource messages;

	CaseProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CaseException.class)
	ResponseEntity<ProblemDetail> refused(CaseException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.kind().status),
				messages.getMessage("case.problem." + ex.type(), ex.args(), ex.getMessage(), locale));
		problem.setType(URI.create("urn:onereview:problem:" + ex.type()));
		problem.setTitle(messages.getMessage("case.problem.title." + ex.kind().name(), null, ex.kind().name(), locale));
		ex.properties().forEach(problem::setProperty);
		return respond(problem);
	}

	ResponseEntity<?> uploadRefused(String caseId, List<Map<String, Object>> accepted,
			List<Map<String, Object>> refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("case.problem.upload-refused", new Object[] { refused.size() }, locale));
		problem.setType(URI.create("urn:onereview:problem:upload-refused"));
		problem.setTitle(messages.getMessage("upload.refused.title", null, locale));
		problem.setProperty("caseId", caseId);
		problem.setProperty("accepted", accepted);
		problem.setProperty("refused", refused);
		return respond(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
