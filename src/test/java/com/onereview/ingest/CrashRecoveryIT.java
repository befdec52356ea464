package com.onereview.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.onereview.ApiClient;
import com.onereview.ChildApp;
import com.onereview.SyntheticScans;
import com.onereview.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL an instance while it processes a document, start it again: the document still completes,
 * once. Runs in the PostgreSQL pass of the suite, on the packaged jar in child processes.
 */
class CrashRecoveryIT {

	@Test
	void aDocumentInterruptedByKillMinusNineCompletesOnceAfterRestart() throws Exception {
		TestDatabase.assumePostgres();
		Map<String, String> database = TestDatabase.freshDatabase();
		Path log = ChildApp.logFile("crash-recovery").toPath();
		Files.deleteIfExists(log);
		String id;
		try (ChildApp first = ChildApp.start("crash-a", database, log)) {
			ApiClient api = new ApiClient(first.baseUrl());
			var response = api.upload("teller", Map.of("batch.tiff", SyntheticScans.multiPageTiff(4, "崩溃测试")));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
			id = ApiClient.json(response.body()).get("documents").get(0).get("id").asString();
			api.awaitDocument("teller", id, doc -> doc.get("status").asString().equals("PROCESSING"),
					Duration.ofSeconds(30));
			first.kill();
		}
		try (ChildApp second = ChildApp.start("crash-a", database, log)) {
			ApiClient api = new ApiClient(second.baseUrl());
			JsonNode done = api.awaitDocument("teller", id,
					doc -> !doc.get("status").asString().matches("RECEIVED|PROCESSING"), Duration.ofSeconds(120));
			assertThat(done.get("status").asString()).isEqualTo("EXTRACTED");
			assertThat(done.get("pages").asInt()).isEqualTo(4);
			assertThat(done.get("attempts").asInt()).isEqualTo(2);
		}
		try (ProcessingLedger ledger = ProcessingLedger.open(database)) {
			assertThat(ledger.runs(id)).as("runs: the killed one, then the one that finished")
				.containsExactly("<interrupted>", "EXTRACTED");
			assertThat(ledger.cases(id)).isEqualTo(1);
			assertThat(ledger.pages(id)).isEqualTo(4);
		}
	}
}
