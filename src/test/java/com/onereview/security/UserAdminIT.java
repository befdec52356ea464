package com.onereview.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.onereview.ApiClient;
import com.onereview.RunningService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only an admin manages accounts; a new account logs in with its role, a disabled one no longer does. */
class UserAdminIT extends RunningService {

	@Test
	void anAdminCreatesDisablesAndReEnablesAnAccount() {
		String name = "auditor" + letters();
		assertThat(api.get("teller", "/api/admin/users").statusCode()).isEqualTo(403);
		assertThat(api.get("supervisor", "/admin/users").statusCode()).isEqualTo(403);
		assertThat(api.post("verifier", "/api/admin/users", Map.of("username", name)).statusCode()).isEqualTo(403);

		assertThat(api.post("admin", "/api/admin/users", Map.of("username", name, "password", ApiClient.password(name),
				"displayName", "审计员", "role", "BOSS")).body()).contains("角色须为");
		HttpResponse<String> shortPassword = api.post("admin", "/api/admin/users", Map.of("username", name,
				"password", "short", "displayName", "审计员", "role", "VERIFIER"));
		assertThat(shortPassword.statusCode()).isEqualTo(422);
		assertThat(shortPassword.body()).contains("密码至少8位");

		HttpResponse<String> created = api.post("admin", "/api/admin/users", Map.of("username", name,
				"password", ApiClient.password(name), "displayName", "审计员", "role", "VERIFIER", "branch", "BO001"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(ApiClient.json(created.body()).get("role").asString()).isEqualTo("VERIFIER");
		assertThat(api.post("admin", "/api/admin/users", Map.of("username", name, "password",
				ApiClient.password(name), "displayName", "x", "role", "TELLER")).body()).contains("已存在");

		// the new verifier works the queue, and may not upload
		assertThat(api.get(name, "/api/cases?state=PENDING_REVIEW").statusCode()).isEqualTo(200);
		assertThat(api.upload(name, Map.of("x.png", new byte[] { 1 })).statusCode()).isEqualTo(403);
		assertThat(api.get("admin", "/admin/users").body()).contains(name).contains("审计员");

		assertThat(api.post("admin", "/admin/users/" + name + "/enabled?enabled=false", null).statusCode())
			.isEqualTo(302);
		assertThat(api.get(name, "/api/cases").statusCode()).isEqualTo(401);
		assertThat(api.post("admin", "/admin/users/" + name + "/enabled?enabled=true", null).statusCode())
			.isEqualTo(302);
		assertThat(api.get(name, "/api/cases").statusCode()).isEqualTo(200);

		// an admin cannot lock themself out
		api.post("admin", "/admin/users/admin/enabled?enabled=false", null);
		assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE username = 'admin'").query(Boolean.class).single())
			.isTrue();
	}

	private static String letters() {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}
}
