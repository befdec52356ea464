package com.onereview.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad upload gets a clear problem response, is kept for tracing, and the service stays up. */
@TestPropertySource(properties = "onereview.ingest.max-file-size=1MB")
class BadUploadIT extends RunningService {

	@Test
	void zeroBytesIsUnprocessableWithAMessageForTheTeller() {
		JsonNode problem = refused(api.upload("teller", Map.of("blank.pdf", new byte[0])), 422);
		assertThat(problem.get("reason").asString()).isEqualTo("EMPTY");
		assertThat(problem.get("detail").asString()).contains("blank.pdf").contains("空的");
	}

	@Test
	void aTextFileIsAnUnsupportedMediaTypeWhateverItsName() {
		byte[] text = "统一社会信用代码 91350100M000100Y43\n".repeat(20).getBytes(StandardCharsets.UTF_8);
		JsonNode problem = refused(api.upload("teller", Map.of("license.jpg", text)), 415);
		assertThat(problem.get("reason").asString()).isEqualTo("UNSUPPORTED_TYPE");
		assertThat(problem.get("detail").asString()).contains("PDF、JPG、PNG、TIFF");
	}

	@Test
	void aCorruptPdfIsUnprocessable() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage"
			.getBytes(StandardCharsets.US_ASCII);
		JsonNode problem = refused(api.upload("teller", Map.of("broken.pdf", corrupt)), 422);
		assertThat(problem.get("reason").asString()).isEqualTo("CORRUPT");
		assertThat(problem.get("detail").asString()).contains("损坏");
	}

	@Test
	void aPasswordProtectedPdfIsUnprocessable() throws IOException {
		JsonNode problem = refused(api.upload("teller", Map.of("locked.pdf", encryptedPdf())), 422);
		assertThat(problem.get("reason").asString()).isEqualTo("ENCRYPTED");
		assertThat(problem.get("detail").asString()).contains("密码");
	}

	@Test
	void aDecompressionBombIsRefusedWithoutDecodingIt() {
		long before = usedHeap();
		JsonNode problem = refused(api.upload("teller", Map.of("bomb.png", pngHeader(60_000, 60_000))), 422);
		assertThat(problem.get("reason").asString()).isEqualTo("IMAGE_TOO_LARGE");
		// decoding 60000×60000 would need 10+ GB; a refusal from the header needs next to nothing
		assertThat(usedHeap() - before).isLessThan(512L * 1024 * 1024);
	}

	@Test
	void aFileOverTheConfiguredLimitIsContentTooLarge() {
		byte[] big = new byte[1024 * 1024 + 10];
		JsonNode problem = refused(api.upload("teller", Map.of("huge.pdf", big)), 413);
		assertThat(problem.get("detail").asString()).contains("1 MB");
	}

	@Test
	void aHostileFileNameIsStoredSafely() throws IOException {
		HttpResponse<String> response = api.upload("teller", Map.of("../../etc/\u0007pass\u202Ewd.png", smallPng(1)));
		assertThat(response.statusCode()).isEqualTo(202);
		JsonNode document = ApiClient.json(response.body()).get("documents").get(0);
		assertThat(document.get("fileName").asString()).isEqualTo("passwd.png");
		assertThat(jdbc.sql("SELECT file_name FROM upload_event WHERE document_id = ?")
			.param(document.get("id").asString())
			.query(String.class)
			.single()).isEqualTo("passwd.png");
	}

	@Test
	void goodFilesInAMixedUploadAreKeptAndTheBadOneIsNamed() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("good.png", smallPng(2));
		files.put("empty.png", new byte[0]);
		JsonNode problem = refused(api.upload("teller", files), 422);
		assertThat(problem.get("file").asString()).isEqualTo("empty.png");
		assertThat(problem.get("accepted")).hasSize(1);
		String id = problem.get("accepted").get(0).get("id").asString();
		assertThat(api.get("teller", "/api/documents/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void refusedUploadsAreTracedAndTheServiceStaysUp() throws IOException {
		api.upload("teller", Map.of("locked.pdf", encryptedPdf()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM upload_event WHERE outcome = 'REFUSED' AND reason = 'ENCRYPTED' "
				+ "AND file_name = 'locked.pdf' AND sha256 IS NOT NULL")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);
		assertThat(api.get("teller", "/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void onlyTellersMayUpload() throws IOException {
		assertThat(api.upload("verifier", Map.of("x.png", smallPng(3))).statusCode()).isEqualTo(403);
	}

	private static JsonNode refused(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = ApiClient.json(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static byte[] encryptedPdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] smallPng(int variant) throws IOException {
		BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 200, 100);
		g.setColor(Color.BLACK);
		g.fillRect(variant, variant, 3, 3); // different bytes for each test: no accidental duplicates
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A PNG whose header claims the given size, with a token IDAT: the shape of a decompression bomb. */
	static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}
}
