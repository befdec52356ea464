package com.onereview.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.onereview.ApiClient;
import com.onereview.ChildApp;
import com.onereview.SyntheticScans;
import com.onereview.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one PostgreSQL share the queue: every document is processed by exactly one of them, once. */
class TwoInstancesIT {

	@Test
	void twoInstancesNeverProcessTheSameDocumentTwice() throws Exception {
		TestDatabase.assumePostgres();
		Map<String, String> database = TestDatabase.freshDatabase();
		Path log = ChildApp.logFile("two-instances").toPath();
		Files.deleteIfExists(log);
		List<String> ids = new ArrayList<>();
		Set<String> instancesSeen = new HashSet<>();
		try (ChildApp a = ChildApp.start("node-a", database, log); ChildApp b = ChildApp.start("node-b", database, log)) {
			List<ApiClient> nodes = List.of(new ApiClient(a.baseUrl()), new ApiClient(b.baseUrl()));
			for (int i = 0; i < 8; i++) {
				ApiClient node = nodes.get(i % 2);
				var response = node.upload("teller", Map.of("doc" + i + ".tiff", SyntheticScans.multiPageTiff(1, "并发" + i)));
				assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
				ids.add(ApiClient.json(response.body()).get("documents").get(0).get("id").asString());
			}
			for (String id : ids) {
				nodes.get(0).awaitDocument("teller", id, doc -> doc.get("status").asString().equals("EXTRACTED"),
						Duration.ofSeconds(180));
			}
		}
		try (ProcessingLedger ledger = ProcessingLedger.open(database)) {
			for (String id : ids) {
				assertThat(ledger.runs(id)).as("runs of " + id).containsExactly("EXTRACTED");
				assertThat(ledger.cases(id)).isEqualTo(1);
				instancesSeen.addAll(ledger.instances(id));
			}
		}
		assertThat(instancesSeen).as("both instances took work from the shared queue")
			.containsExactlyInAnyOrder("node-a", "node-b");
	}
}
