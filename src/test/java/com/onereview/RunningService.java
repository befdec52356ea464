package com.onereview;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port over a fresh database ({@link TestDatabase}: H2, or PostgreSQL in the
 * suite's second pass), reached over real HTTP through {@link #api}, with the database at hand for checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "onereview.demo.load-samples=false")
public abstract class RunningService {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshDatabase().forEach((key, value) -> registry.add(key, () -> value));
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient("http://127.0.0.1:" + port);
	}
}
