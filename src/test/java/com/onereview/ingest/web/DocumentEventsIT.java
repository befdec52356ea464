package com.onereview.ingest.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import com.onereview.UniqueScans;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/documents/events: live processing status over server-sent events, read from the database. */
class DocumentEventsIT extends RunningService {

	static final Path LICENSE = Path.of("test-fixtures/business-license/001-clean-png/license.png");

	static final Path VOUCHER = Path.of("test-fixtures/bank-voucher/001-deposit-png/voucher.png");

	@Test
	void aTellerFollowsOwnDocumentsUntilReadAndThenTheStreamEnds() throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("license.png", UniqueScans.bytes(LICENSE));
		files.put("voucher.png", UniqueScans.bytes(VOUCHER));
		JsonNode accepted = ApiClient.json(api.upload("teller", files).body()).get("documents");
		String license = accepted.get(0).get("id").asString();
		String voucher = accepted.get(1).get("id").asString();

		HttpResponse<Stream<String>> response = api.lines("teller", "/api/documents/events?ids=" + license + "," + voucher);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/event-stream"));
		List<JsonNode> events = readToEnd(response, 180);

		for (String id : List.of(license, voucher)) {
			List<String> states = events.stream()
				.filter(event -> event.get("id").asString().equals(id))
				.map(event -> event.get("status").asString())
				.toList();
			// one event per change: it starts before the reading is done and ends when it is
			assertThat(states).as(id).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().endsWith("EXTRACTED");
			assertThat(states.get(0)).isIn("RECEIVED", "PROCESSING");
		}
		List<JsonNode> licenseEvents = events.stream().filter(event -> event.get("id").asString().equals(license)).toList();
		JsonNode last = licenseEvents.get(licenseEvents.size() - 1);
		assertThat(last.get("documentType").asString()).isEqualTo("BUSINESS_LICENSE");
		assertThat(last.get("fileName").asString()).isEqualTo("license.png");
		assertThat(last.get("pages").asInt()).isEqualTo(1);
	}

	@Test
	void anotherTellersDocumentsLookUnknownAndFinishedOnesEndTheStreamAtOnce() throws Exception {
		JsonNode accepted = ApiClient.json(api.upload("teller", Map.of("license.png", UniqueScans.bytes(LICENSE))).body());
		String id = accepted.get("documents").get(0).get("id").asString();

		List<JsonNode> stranger = readToEnd(api.lines("teller2", "/api/documents/events?ids=" + id + ",no-such-id"), 20);
		assertThat(stranger).hasSize(2);
		for (JsonNode event : stranger) {
			assertThat(event.get("status").asString()).isEqualTo("NOT_FOUND");
			assertThat(event.has("fileName")).as("nothing about the document leaks").isFalse();
		}

		api.awaitDocument("teller", id, doc -> doc.get("status").asString().equals("EXTRACTED"),
				Duration.ofSeconds(180));
		List<JsonNode> verifier = readToEnd(api.lines("verifier", "/api/documents/events?ids=" + id), 20);
		assertThat(verifier).hasSize(1);
		assertThat(verifier.get(0).get("status").asString()).isEqualTo("EXTRACTED");

		assertThat(api.get("teller", "/api/documents/events?ids=").statusCode()).isEqualTo(400);
		assertThat(api.get("teller", "/api/documents/events").statusCode()).isEqualTo(400);
	}

	/** The status events' data until the server ends the stream; fails if it does not end in time. */
	private static List<JsonNode> readToEnd(HttpResponse<Stream<String>> response, int seconds) throws Exception {
		CompletableFuture<List<JsonNode>> read = CompletableFuture.supplyAsync(() -> {
			List<JsonNode> events = new ArrayList<>();
			String event = null;
			for (Iterator<String> lines = response.body().iterator(); lines.hasNext();) {
				String line = lines.next();
				if (line.startsWith("event:")) {
					event = line.substring(6).trim();
				}
				else if (line.startsWith("data:") && "status".equals(event)) {
					events.add(ApiClient.json(line.substring(5)));
				}
			}
			return events;
		});
		try {
			return read.get(seconds, TimeUnit.SECONDS);
		}
		finally {
			response.body().close();
		}
	}
}
