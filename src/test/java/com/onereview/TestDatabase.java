package com.onereview;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The database an integration test runs on: an in-memory H2 by default, or a fresh schema in the
 * machine's PostgreSQL when {@code -Donereview.test.db=postgres} (bin/test runs the suite both ways).
 * With {@code ONEREVIEW_REQUIRE_POSTGRES=true} (CI) an unreachable PostgreSQL fails instead of skipping.
 */
public final class TestDatabase {

	public static final String POSTGRES_URL = System.getenv().getOrDefault("ONEREVIEW_TEST_PG_URL",
			"jdbc:postgresql://127.0.0.1:5432/test");

	public static final String POSTGRES_USER = System.getenv().getOrDefault("ONEREVIEW_TEST_PG_USER", "postgres");

	private TestDatabase() {
	}

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("onereview.test.db"));
	}

	/** Skips (or, in CI, fails) a PostgreSQL-only test when PostgreSQL is not the database of this run. */
	public static void assumePostgres() {
		Assumptions.assumeTrue(postgres(), "runs in the PostgreSQL pass of the suite");
		requirePostgresReachable();
	}

	/** Spring properties for a new, empty database or schema. */
	public static Map<String, String> freshDatabase() {
		Map<String, String> properties = new LinkedHashMap<>();
		String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (postgres()) {
			requirePostgresReachable();
			properties.put("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + name);
			properties.put("spring.datasource.username", POSTGRES_USER);
			properties.put("spring.datasource.password", "");
			properties.put("spring.flyway.schemas", name);
			properties.put("spring.flyway.create-schemas", "true");
			// every cached test context keeps its pool: idle ones shrink to one connection, so that a suite's
			// contexts (and other suites on the same server) stay under PostgreSQL's max_connections
			properties.put("spring.datasource.hikari.minimum-idle", "1");
			properties.put("spring.datasource.hikari.idle-timeout", "10000");
		}
		else {
			properties.put("spring.datasource.url",
					"jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		return properties;
	}

	private static void requirePostgresReachable() {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
			connection.isValid(2);
		}
		catch (SQLException ex) {
			if (Boolean.parseBoolean(System.getenv("ONEREVIEW_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException("PostgreSQL required but unreachable at " + POSTGRES_URL, ex);
			}
			Assumptions.abort("PostgreSQL not reachable at " + POSTGRES_URL + ": " + ex.getMessage());
		}
	}
}
