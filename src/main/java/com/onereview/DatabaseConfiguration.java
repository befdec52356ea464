package com.onereview;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One set of migrations for H2 and PostgreSQL: only the binary column type differs. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	FlywayConfigurationCustomizer blobTypePlaceholder(DataSource dataSource) {
		return configuration -> configuration.placeholders(Map.of("blob", blobType(dataSource)));
	}

	private static String blobType(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase().contains("postgres") ? "BYTEA" : "BLOB";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to choose column types", ex);
		}
	}
}
