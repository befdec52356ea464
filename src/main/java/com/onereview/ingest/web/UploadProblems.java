package com.onereview.ingest.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.onereview.ingest.UploadOutcome;
import com.onereview.ingest.UploadService;
import com.onereview.ocr.UnreadableDocumentException.Reason;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * RFC 7807 problem responses for uploads, worded for a teller in their language. Applies to every handler:
 * an oversized multipart request fails before any handler is chosen.
 */
@Component
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring MVC's generic problem-details advice
class UploadProblems {

	private final MessageSource messages;

	private final DataSize maxFileSize;

	UploadProblems(MessageSource messages, UploadService uploads) {
		this.messages = messages;
		this.maxFileSize = uploads.maxFileSize();
	}

	ResponseEntity<ProblemDetail> refused(List<UploadOutcome> refused, List<Map<String, Object>> accepted,
			Locale locale) {
		UploadOutcome first = refused.get(0);
		boolean allUnsupported = refused.stream().allMatch(outcome -> outcome.refusedFor() == Reason.UNSUPPORTED_TYPE);
		HttpStatus status = allUnsupported ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.UNPROCESSABLE_CONTENT;
		String key = "upload.refused." + first.refusedFor().name();
		ProblemDetail problem = DocumentController.problem(status, first.refusedFor().name().toLowerCase().replace('_', '-'),
				text("upload.refused.title", locale), text(key, locale, first.fileName()));
		problem.setProperty("file", first.fileName());
		problem.setProperty("reason", first.refusedFor().name());
		problem.setProperty("refused", refused.stream()
			.map(outcome -> Map.of("fileName", outcome.fileName(), "reason", outcome.refusedFor().name(), "message",
					text("upload.refused." + outcome.refusedFor().name(), locale, outcome.fileName())))
			.toList());
		problem.setProperty("accepted", accepted);
		return respond(problem);
	}

	ResponseEntity<ProblemDetail> noFiles(Locale locale) {
		return respond(DocumentController.problem(HttpStatus.BAD_REQUEST, "no-files", text("upload.refused.title", locale),
				text("upload.no-files", locale)));
	}

	ResponseEntity<ProblemDetail> notFound(String id, Locale locale) {
		return respond(DocumentController.problem(HttpStatus.NOT_FOUND, "document-not-found",
				text("document.not-found.title", locale), text("document.not-found", locale, id)));
	}

	ResponseEntity<ProblemDetail> pageNotFound(String id, int page, Locale locale) {
		return respond(DocumentController.problem(HttpStatus.NOT_FOUND, "page-not-found",
				text("document.not-found.title", locale), text("document.page-not-found", locale, page, id)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(Locale locale) {
		return respond(DocumentController.problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large",
				text("upload.refused.title", locale), text("upload.too-large", locale, maxFileSize.toMegabytes())));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(Locale locale) {
		return respond(DocumentController.problem(HttpStatus.BAD_REQUEST, "bad-upload", text("upload.refused.title", locale),
				text("upload.no-files", locale)));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
