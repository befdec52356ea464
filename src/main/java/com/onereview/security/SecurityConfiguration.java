package com.onereview.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, HTTP Basic for integrations. CSRF stays on for browser sessions; a request that
 * carries its own Authorization header is not ridden on a browser cookie, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		RequestMatcher ownAuthorization = request -> request.getHeader("Authorization") != null;
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health/**", "/login", "/error", "/css/**", "/js/**", "/webjars/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/documents").hasAnyRole("TELLER", "ADMIN")
			.requestMatchers("/actuator/**").hasAnyRole("SUPERVISOR", "ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(Customizer.withDefaults())
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.csrf(csrf -> csrf.ignoringRequestMatchers(ownAuthorization));
		return http.build();
	}
}
