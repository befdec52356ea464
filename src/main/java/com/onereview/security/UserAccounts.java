package com.onereview.security;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates user accounts. */
@Service
public class UserAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** Creates the user unless one of that name exists; true when created. */
	public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role, enabled, created_at) "
				+ "VALUES (?, ?, ?, ?, TRUE, ?)")
			.params(username, encoder.encode(rawPassword), displayName, role.name(), Timestamp.from(Instant.now()))
			.update();
		return true;
	}
}
