package com.onereview.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.imageio.ImageIO;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import com.onereview.GoldenCases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A teller uploads a license scan: it is kept, processed through the queue, read, and a case opens. */
class UploadToQueueIT extends RunningService {

	@Test
	void aLicenseScanIsReadAndQueuedForReview() throws IOException {
		Path scan = GoldenCases.scan(GoldenCases.first());
		byte[] bytes = Files.readAllBytes(scan);
		HttpResponse<String> response = api.upload("teller", Map.of(scan.getFileName().toString(), bytes));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		JsonNode accepted = ApiClient.json(response.body()).get("documents").get(0);
		String id = accepted.get("id").asString();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/documents/" + id);
		assertThat(accepted.get("sha256").asString()).isEqualTo(UploadService.sha256(bytes));

		JsonNode document = api.awaitDocument("teller", id, doc -> doc.get("status").asString().equals("EXTRACTED"),
				Duration.ofSeconds(120));
		JsonNode result = document.get("result");
		assertThat(result.get("documentType").asString()).isEqualTo("BUSINESS_LICENSE");
		Map<String, String> expected = GoldenCases.expectedFields(GoldenCases.first());
		JsonNode creditCode = result.get("fields").get("creditCode");
		assertThat(creditCode.get("value").asString()).isEqualTo(expected.get("creditCode"));
		assertThat(creditCode.get("box").get("page").asInt()).isEqualTo(1);

		// the page image is the one the boxes refer to
		HttpResponse<byte[]> page = api.getBytes("teller", "/api/documents/" + id + "/pages/1");
		assertThat(page.statusCode()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(page.body()));
		assertThat(creditCode.get("box").get("x").asInt() + creditCode.get("box").get("w").asInt())
			.isLessThanOrEqualTo(image.getWidth());
		assertThat(api.getBytes("teller", "/api/documents/" + id + "/pages/9").statusCode()).isEqualTo(404);

		// the original is kept byte for byte, and a case waits for review
		assertThat(jdbc.sql("SELECT content FROM stored_content WHERE sha256 = ?")
			.param(UploadService.sha256(bytes))
			.query((rs, n) -> rs.getBytes(1))
			.single()).isEqualTo(bytes);
		assertThat(jdbc.sql("SELECT c.state FROM verification_case c JOIN case_document cd ON cd.case_id = c.id "
				+ "WHERE cd.document_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly("PENDING_REVIEW");

		JsonNode queue = ApiClient.json(api.get("verifier", "/api/cases?state=PENDING_REVIEW").body());
		assertThat(queue).hasSize(1);
		assertThat(queue.get(0).get("documentIds").get(0).asString()).isEqualTo(id);
		assertThat(queue.get(0).get("slaDueAt").isNull()).isFalse();
		// the case opened for an upload without one has its fields, as one a teller submits
		JsonNode opened = ApiClient.json(api.get("verifier", "/api/cases/" + queue.get(0).get("id").asString()).body());
		assertThat(opened.get("fields").size()).isGreaterThanOrEqualTo(12);
		assertThat(opened.get("summary").get("kind").asString()).isEqualTo("ACCOUNT_OPENING");
		assertThat(queue.get(0).get("documentType").asString()).isEqualTo("BUSINESS_LICENSE");
		assertThat(ApiClient.json(api.get("teller2", "/api/cases").body())).isEmpty();
		// other tests of this shared context may leave the teller drafts of their own: count the ones holding this file
		assertThat(ApiClient.json(api.get("teller", "/api/cases").body()).valueStream()
			.filter(c -> c.get("documentIds").valueStream().anyMatch(d -> d.asString().equals(id)))
			.count()).isEqualTo(1);

		// the same bytes again are recognised
		HttpResponse<String> again = api.upload("teller", Map.of("copy-of-" + scan.getFileName(), bytes));
		JsonNode duplicate = ApiClient.json(again.body()).get("documents").get(0);
		assertThat(duplicate.get("id").asString()).isEqualTo(id);
		assertThat(duplicate.get("duplicate").asBoolean()).isTrue();

		// another teller may not see it; a verifier may, but reads the fields through the case (blind re-key)
		assertThat(api.get("teller2", "/api/documents/" + id).statusCode()).isEqualTo(404);
		HttpResponse<String> asVerifier = api.get("verifier", "/api/documents/" + id);
		assertThat(asVerifier.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(asVerifier.body()).get("result").isNull()).isTrue();
	}

	@Test
	void withoutCredentialsTheApiAnswers401() {
		HttpResponse<String> response = new ApiClient("http://127.0.0.1:" + port).get("nobody", "/api/documents/x");
		assertThat(response.statusCode()).isEqualTo(401);
	}
}
