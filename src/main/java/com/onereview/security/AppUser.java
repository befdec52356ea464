package com.onereview.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in user with the display name the screens greet them by, kept in the session so pages need no lookup. */
public class AppUser extends User {

	private final String displayName;

	AppUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			String displayName) {
		super(username, password, enabled, true, true, true, authorities);
		this.displayName = displayName;
	}

	public String getDisplayName() {
		return displayName;
	}
}
