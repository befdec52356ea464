package com.onereview.verification;

import com.onereview.security.Role;

import org.springframework.security.core.Authentication;

/** Who acts on a case: the user and the one role they hold. */
public record Actor(String username, Role role) {

	public static Actor of(Authentication user) {
		for (Role role : Role.values()) {
			if (role.heldBy(user)) {
				return new Actor(user.getName(), role);
			}
		}
		throw new IllegalArgumentException("User " + user.getName() + " holds no role");
	}

	/** Supervisors and admins see every case; verifiers see what is queued or theirs; tellers their own. */
	public boolean seesAll() {
		return role == Role.SUPERVISOR || role == Role.ADMIN || role == Role.VERIFIER;
	}

	public boolean verifies() {
		return role == Role.VERIFIER || role == Role.ADMIN;
	}

	public boolean makes() {
		return role == Role.TELLER || role == Role.ADMIN;
	}

	public boolean supervises() {
		return role == Role.SUPERVISOR || role == Role.ADMIN;
	}
}
