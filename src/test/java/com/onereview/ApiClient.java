package com.onereview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running OneReview over real HTTP, as an integration would. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Posts files as one multipart request, as {@code user} (demo password = user name without digits + 123). */
	public HttpResponse<String> upload(String user, Map<String, byte[]> files) {
		return upload(user, "/api/documents", files);
	}

	/** Posts files as one multipart request to {@code path}, e.g. a case's documents. */
	public HttpResponse<String> upload(String user, String path, Map<String, byte[]> files) {
		String boundary = "----onereview" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = request(user, path)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String user, String path) {
		return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a JSON body ({@code null}: none). */
	public HttpResponse<String> post(String user, String path, Object body) {
		return send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> put(String user, String path, Object body) {
		return send(request(user, path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> delete(String user, String path) {
		return send(request(user, path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String user, String path) {
		return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A GET whose body is read line by line as it arrives (server-sent events). */
	public HttpResponse<Stream<String>> lines(String user, String path) {
		return send(request(user, path).timeout(Duration.ofMinutes(5)).GET().build(),
				HttpResponse.BodyHandlers.ofLines());
	}

	/** Polls a document until the predicate holds on its JSON, or fails after the timeout. */
	public JsonNode awaitDocument(String user, String id, Predicate<JsonNode> done, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		JsonNode last = null;
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> response = get(user, "/api/documents/" + id);
			if (response.statusCode() == 200) {
				last = json(response.body());
				if (done.test(last)) {
					return last;
				}
			}
			pause(100);
		}
		throw new AssertionError("Document " + id + " not done within " + timeout + "; last seen: " + last);
	}

	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	public static String password(String user) {
		return user.replaceAll("\\d", "") + "123";
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + credentials)
			.header("Accept-Language", "zh-CN");
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException("HTTP " + request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
