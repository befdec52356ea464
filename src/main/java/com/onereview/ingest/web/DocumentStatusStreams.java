package com.onereview.ingest.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.onereview.ingest.DocumentProgress;
import com.onereview.ingest.UploadService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live processing status as server-sent events. One ticker reads the state of every watched document from the
 * database in one query per tick, so a stream sees documents processed by any instance; each stream gets an
 * event when one of its documents changes and is completed once all of them are finished. Documents the
 * watcher may not see are reported exactly like unknown ones.
 */
@Component
class DocumentStatusStreams implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DocumentStatusStreams.class);

	static final String NOT_FOUND = "NOT_FOUND";

	/** A stream left open this long is closed; the browser's EventSource reconnects by itself. */
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);

	/** A comment this often keeps proxies from closing a quiet stream and finds streams the client left. */
	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final UploadService uploads;

	private final Set<Watch> watches = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "document-status-streams");
		thread.setDaemon(true);
		return thread;
	});

	DocumentStatusStreams(UploadService uploads) {
		this.uploads = uploads;
		long interval = uploads.statusEventInterval().toMillis();
		ticker.scheduleWithFixedDelay(this::tickSafely, interval, interval, TimeUnit.MILLISECONDS);
	}

	/** Opens a stream of status events for these documents, as seen by {@code user}. */
	SseEmitter watch(List<String> ids, String user, boolean seesAll) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Watch watch = new Watch(emitter, user, seesAll, Set.copyOf(ids));
		emitter.onCompletion(() -> watches.remove(watch));
		emitter.onTimeout(() -> watches.remove(watch));
		emitter.onError(error -> watches.remove(watch));
		watches.add(watch);
		ticker.execute(this::tickSafely); // the current state at once, not after the first interval
		return emitter;
	}

	int open() {
		return watches.size();
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			log.warn("Reading document states for live status failed; trying again next tick", ex);
		}
	}

	private void tick() {
		if (watches.isEmpty()) {
			return;
		}
		Set<String> ids = watches.stream().flatMap(watch -> watch.ids.stream()).collect(Collectors.toSet());
		Map<String, DocumentProgress> progress = uploads.progress(ids)
			.stream()
			.collect(Collectors.toMap(DocumentProgress::id, Function.identity()));
		for (Watch watch : List.copyOf(watches)) {
			watch.update(progress);
		}
	}

	@Override
	public void destroy() {
		ticker.shutdownNow();
		watches.forEach(watch -> watch.emitter.complete());
	}

	/** One open stream: what it watches and what it last told the client. */
	private final class Watch {

		private final SseEmitter emitter;

		private final String user;

		private final boolean seesAll;

		private final Set<String> ids;

		private final Map<String, String> sent = new HashMap<>();

		private long lastSentAt = System.nanoTime();

		Watch(SseEmitter emitter, String user, boolean seesAll, Set<String> ids) {
			this.emitter = emitter;
			this.user = user;
			this.seesAll = seesAll;
			this.ids = ids;
		}

		void update(Map<String, DocumentProgress> progress) {
			try {
				boolean allFinished = true;
				for (String id : ids) {
					DocumentProgress document = progress.get(id);
					boolean visible = document != null && (seesAll || document.uploadedBy().equals(user));
					allFinished &= !visible || document.finished();
					send(id, visible ? document : null);
				}
				heartbeat();
				if (allFinished) {
					watches.remove(this);
					emitter.complete();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away or the stream already ended
				watches.remove(this);
			}
		}

		private void send(String id, DocumentProgress document) throws IOException {
			String state = document == null ? NOT_FOUND : document.status().name();
			if (state.equals(sent.put(id, state))) {
				return;
			}
			emitter.send(SseEmitter.event().name("status").data(body(id, document), MediaType.APPLICATION_JSON));
			lastSentAt = System.nanoTime();
		}

		private void heartbeat() throws IOException {
			if (System.nanoTime() - lastSentAt > HEARTBEAT.toNanos()) {
				emitter.send(SseEmitter.event().comment("still watching"));
				lastSentAt = System.nanoTime();
			}
		}
	}

	private static Map<String, Object> body(String id, DocumentProgress document) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("status", document == null ? NOT_FOUND : document.status().name());
		if (document != null) {
			body.put("fileName", document.fileName());
			body.put("documentType", document.documentType());
			body.put("pages", document.pageCount());
			body.put("error", document.errorCode() == null ? null
					: Map.of("code", document.errorCode(), "message", String.valueOf(document.errorMessage())));
		}
		return body;
	}
}
