package com.onereview.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login settings.
 * @param demoUsers create one demo user per role at start (embedded profile only; never in production)
 */
@ConfigurationProperties("onereview.security")
record SecurityProperties(boolean demoUsers) {
}
