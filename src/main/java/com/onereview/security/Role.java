package com.onereview.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What a user may do. */
public enum Role {
	/** Uploads documents and opens accounts; sees own cases. */
	TELLER,
	/** Works the verification queue; never verifies own uploads. */
	VERIFIER,
	/** Sees all cases, reassigns, views dashboards. */
	SUPERVISOR,
	/** Manages users. */
	ADMIN;

	private static final Set<String> SEE_ALL = Set.of("ROLE_VERIFIER", "ROLE_SUPERVISOR", "ROLE_ADMIN");

	/** Verifiers, supervisors and admins see every document and case; tellers only their own. */
	public static boolean seesAll(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(SEE_ALL::contains);
	}

	/** The user's role (each user has one); null for an anonymous user. */
	public static Role of(Authentication user) {
		for (Role role : values()) {
			if (role.heldBy(user)) {
				return role;
			}
		}
		return null;
	}

	/** Whether the user holds this role. */
	public boolean heldBy(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + name())::equals);
	}
}
