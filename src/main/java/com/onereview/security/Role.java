package com.onereview.security;

/** What a user may do. */
public enum Role {
	/** Uploads documents and opens accounts; sees own cases. */
	TELLER,
	/** Works the verification queue; never verifies own uploads. */
	VERIFIER,
	/** Sees all cases, reassigns, views dashboards. */
	SUPERVISOR,
	/** Manages users. */
	ADMIN
}
