package com.onereview.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login settings.
 * @param demoUsers create one demo user per role at start (embedded profile only; never in production)
 * @param initialAdminPassword when set and no admin exists yet, an account {@code admin} with this password is
 * created at start: how a production installation gets its first admin (from the environment, then changed)
 */
@ConfigurationProperties("onereview.security")
record SecurityProperties(boolean demoUsers, String initialAdminPassword) {
}
