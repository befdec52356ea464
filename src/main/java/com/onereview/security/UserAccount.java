package com.onereview.security;

/** A user as other modules see it: no password. */
public record UserAccount(String username, String displayName, Role role, boolean enabled, String branch,
		String branchName) {
}
