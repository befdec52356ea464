package com.onereview.rpa;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the regulator's portal is and how the browser that files into it runs.
 * @param portalUrl the portal's base URL; no filing at all when blank
 * @param username the bank's portal login (from the environment)
 * @param password its password (from the environment, never the repository)
 * @param chromium the browser binary
 * @param chromedriver the matching driver binary
 * @param pageTimeout longest wait for a page or an element
 * @param browsers browsers open at once on this instance
 * @param sessionRestarts times a lost portal session is logged into again within one submission
 * @param maxAttempts filing attempts against an unavailable portal before the filing is halted for operations
 * @param retryBackoff wait before the second attempt, doubled for each further one
 * @param consultationNote the answer given when the portal asks for a cross-region consultation
 */
@Validated
@ConfigurationProperties("onereview.rpa")
record RpaProperties(URI portalUrl, String username, String password,
		@DefaultValue("/usr/bin/chromium") @NotNull String chromium,
		@DefaultValue("/usr/bin/chromedriver") @NotNull String chromedriver,
		@DefaultValue("20s") @NotNull Duration pageTimeout, @DefaultValue("1") @Min(1) int browsers,
		@DefaultValue("2") @Min(0) int sessionRestarts, @DefaultValue("8") @Min(1) int maxAttempts,
		@DefaultValue("1m") @NotNull Duration retryBackoff,
		@DefaultValue("已按规定与注册地人民银行完成跨地区开户协查") String consultationNote) {

	boolean configured() {
		return portalUrl != null && !portalUrl.toString().isBlank();
	}
}
