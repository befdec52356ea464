package com.onereview;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OneReview started as its own process from the packaged jar (failsafe runs after {@code package}),
 * so a test can kill it with SIGKILL or run two instances on one database.
 */
public final class ChildApp implements AutoCloseable {

	private final Process process;

	private final int port;

	private ChildApp(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static ChildApp start(String instanceName, Map<String, String> database, Path log) throws IOException {
		return start(instanceName, freePort(), database, log);
	}

	/** On a given port, e.g. the one a restarted instance had, or one another process was told about. */
	public static ChildApp start(String instanceName, int port, Map<String, String> settings, Path log)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-jar", jar().toString(),
				"--server.port=" + port, "--onereview.ingest.instance-name=" + instanceName,
				"--onereview.demo.load-samples=false", "--onereview.security.demo-users=true",
				"--onereview.ingest.heartbeat-interval=1s", "--onereview.ingest.missed-heartbeats-limit=4",
				"--onereview.ingest.poll-interval=500ms"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		ChildApp app = new ChildApp(builder.start(), port);
		app.awaitReady(Duration.ofSeconds(90), log);
		return app;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** SIGKILL: no shutdown hooks, no chance to tidy up. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	private void awaitReady(Duration timeout, Path log) {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OneReview exited during start-up; see " + log);
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			ApiClient.pause(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("OneReview not ready within " + timeout + "; see " + log);
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("onereview.jar", "target/onereview.jar"));
		if (!jar.toFile().isFile()) {
			throw new IllegalStateException(jar + " missing: run through 'mvn verify' (failsafe runs after package)");
		}
		return jar;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public static File logFile(String name) {
		File dir = new File("target/it-logs");
		dir.mkdirs();
		return new File(dir, name + ".log");
	}
}
