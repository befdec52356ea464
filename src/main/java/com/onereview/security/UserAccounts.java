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

	/** Every account, by user name: the admin's list. */
	public List<UserAccount> all() {
		return jdbc.sql("SELECT username, display_name, role, enabled, branch, branch_name FROM app_user ORDER BY username")
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getBoolean(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Creates an account as an admin asks for it: a new name of letters, digits, '.', '_' or '-', a password of
	 * at least {@value #MIN_PASSWORD} characters.
	 * @throws IllegalArgumentException naming what is wrong (the message is a message key)
	 */
	public void create(String username, String rawPassword, String displayName, Role role, String branch,
			String branchName) {
		if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
			throw new IllegalArgumentException("users.error.username");
		}
		checkPassword(rawPassword);
		if (displayName == null || displayName.isBlank() || role == null) {
			throw new IllegalArgumentException("users.error.required");
		}
		if (!createIfAbsent(username, rawPassword, displayName.strip(), role, blankToNull(branch),
				blankToNull(branchName))) {
			throw new IllegalArgumentException("users.error.exists");
		}
	}

	/** Enables or disables an account; a disabled one can no longer log in. An admin cannot disable themself. */
	public void setEnabled(String username, boolean enabled, String byAdmin) {
		if (!enabled && username.equals(byAdmin)) {
			throw new IllegalArgumentException("users.error.self");
		}
		if (jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update() == 0) {
			throw new IllegalArgumentException("users.error.unknown");
		}
	}

	/** Sets a new password (an admin's reset). */
	public void resetPassword(String username, String rawPassword) {
		checkPassword(rawPassword);
		if (jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
			.params(encoder.encode(rawPassword), username)
			.update() == 0) {
			throw new IllegalArgumentException("users.error.unknown");
		}
	}

	static final int MIN_PASSWORD = 8;

	private static void checkPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
			throw new IllegalArgumentException("users.error.password");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
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
