package com.onereview.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users and their one role, from the {@code app_user} table (bcrypt hashes). */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	DatabaseUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT username, password_hash, role, enabled, display_name FROM app_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new AppUser(rs.getString(1), rs.getString(2), rs.getBoolean(4),
					List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString(3))), rs.getString(5)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
