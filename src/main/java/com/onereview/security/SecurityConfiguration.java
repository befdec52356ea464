package com.onereview.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login (our own bilingual page) for people, HTTP Basic for integrations. CSRF stays on for browser
 * sessions; a request that carries its own Authorization header is not ridden on a browser cookie, so it needs
 * no CSRF token. Sessions time out after {@code server.servlet.session.timeout}.
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
			// an event stream's completion is dispatched again: the request was authorised when it began
			.dispatcherTypeMatchers(DispatcherType.ASYNC)
			.permitAll()
			.requestMatchers("/actuator/health/**", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/documents", "/documents")
			.hasAnyRole("TELLER", "ADMIN")
			.requestMatchers("/actuator/**")
			.hasAnyRole("SUPERVISOR", "ADMIN")
			.requestMatchers("/admin/**", "/api/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			// after login: the page asked for, else "/" which sends each role to its landing screen
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.invalidSessionStrategy(expired(api)))
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.csrf(csrf -> csrf.ignoringRequestMatchers(ownAuthorization));
		return http.build();
	}

	/** A timed-out session: scripts get 401, people the login page saying why (with a new session: no loop). */
	private static InvalidSessionStrategy expired(RequestMatcher api) {
		return (request, response) -> {
			request.getSession(true);
			if (api.matches(request)) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
		};
	}
}
