package com.onereview.ingest.web;

import java.util.List;

import com.onereview.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/documents/events?ids=a,b}: one {@code status} event per document at once and on every change,
 * until all are extracted or failed. Tellers see only their own documents; others' come as {@code NOT_FOUND}.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentEventsController {

	static final int MAX_IDS = 100;

	private final DocumentStatusStreams streams;

	DocumentEventsController(DocumentStatusStreams streams) {
		this.streams = streams;
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@RequestParam List<String> ids, Authentication user) {
		List<String> distinct = ids.stream().map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
		if (distinct.isEmpty() || distinct.size() > MAX_IDS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give 1 to " + MAX_IDS + " document ids");
		}
		return streams.watch(distinct, user.getName(), Role.seesAll(user));
	}
}
