package com.onereview.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role for the embedded profile, printed at start so a newcomer can log in; and the first
 * admin of a production installation, from its configured initial password.
 */
@Component
@Order(1)
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/**
	 * Demo accounts: user name, password, display name, role, branch code, branch name. Two tellers at two
	 * branches and two verifiers show maker-checker; verifiers work in the back office.
	 */
	static final List<String[]> ACCOUNTS = List.of(
			new String[] { "teller", "teller123", "柜员 张敏", "TELLER", "BR001", "长安支行" },
			new String[] { "teller2", "teller123", "柜员 李强", "TELLER", "BR002", "桥西支行" },
			new String[] { "verifier", "verifier123", "复核员 王芳", "VERIFIER", "BO001", "运营中心" },
			new String[] { "verifier2", "verifier123", "复核员 赵磊", "VERIFIER", "BO001", "运营中心" },
			new String[] { "supervisor", "supervisor123", "主管 陈静", "SUPERVISOR", "BO001", "运营中心" },
			new String[] { "admin", "admin123", "管理员", "ADMIN", null, null });

	private final SecurityProperties properties;

	private final UserAccounts accounts;

	DemoUsers(SecurityProperties properties, UserAccounts accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		String initial = properties.initialAdminPassword();
		if (initial != null && !initial.isBlank() && accounts.enabledWith(Role.ADMIN).isEmpty()
				&& accounts.createIfAbsent("admin", initial, "管理员", Role.ADMIN)) {
			log.info("Initial admin account 'admin' created (onereview.security.initial-admin-password); change its password");
		}
		if (!properties.demoUsers()) {
			return;
		}
		StringBuilder banner = new StringBuilder("Demo users (embedded profile only):");
		for (String[] account : ACCOUNTS) {
			accounts.createIfAbsent(account[0], account[1], account[2], Role.valueOf(account[3]), account[4],
					account[5]);
			banner.append(String.format("%n  %-10s %-14s password %s", account[3], account[0], account[1]));
		}
		log.info(banner.toString());
	}
}
