package com.onereview.security;

import com.onereview.RunningService;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A production installation (no demo users) gets its first admin from the configured initial password. */
@TestPropertySource(properties = { "onereview.security.demo-users=false",
		"onereview.security.initial-admin-password=admin123" })
class InitialAdminIT extends RunningService {

	@Test
	void theFirstAdminIsCreatedAndNoDemoUsers() {
		assertThat(api.get("admin", "/api/admin/users").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(api.get("teller", "/api/cases").statusCode()).isEqualTo(401);
	}
}
