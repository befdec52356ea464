package com.onereview.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates and looks up user accounts. */
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
		return createIfAbsent(username, rawPassword, displayName, role, null, null);
	}

	/** Creates the user, working at a branch, unless one of that name exists; true when created. */
	public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role, String branch,
			String branchName) {
		if (find(username).isPresent()) {
			return false;
		}
		jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role, enabled, created_at, branch, "
				+ "branch_name) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?)")
			.params(username, encoder.encode(rawPassword), displayName, role.name(), Timestamp.from(Instant.now()), branch,
					branchName)
			.update();
		return true;
	}

	/** The account of that name, if there is one. */
	public Optional<UserAccount> find(String username) {
		return jdbc.sql("SELECT username, display_name, role, enabled, branch, branch_name FROM app_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getString(5), rs.getString(6)))
			.optional();
	}

	/** Enabled accounts holding one of the roles, by user name (e.g. the verifiers a supervisor reassigns to). */
	public List<UserAccount> enabledWith(Role... roles) {
		List<String> names = java.util.Arrays.stream(roles).map(Role::name).toList();
		return jdbc.sql("SELECT username, display_name, role, enabled, branch, branch_name FROM app_user "
				+ "WHERE enabled = TRUE AND role IN (:roles) ORDER BY username")
			.param("roles", names)
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getString(5), rs.getString(6)))
			.list();
	}
}
