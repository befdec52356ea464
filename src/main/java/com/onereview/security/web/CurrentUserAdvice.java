package com.onereview.security.web;

import com.onereview.security.AppUser;
import com.onereview.security.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout shows on every page: who is logged in, and links that switch language on this page. */
@ControllerAdvice
class CurrentUserAdvice {

	/** The logged-in user as the header shows them; null on the login page. */
	record CurrentUser(String username, String displayName, Role role) {

		public boolean is(String roleName) {
			return role != null && role.name().equals(roleName);
		}
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser(Authentication user) {
		if (user == null || user instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String displayName = user.getPrincipal() instanceof AppUser app ? app.getDisplayName() : user.getName();
		return new CurrentUser(user.getName(), displayName, Role.of(user));
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return new LanguageLinks(thisPageIn(request, "zh_CN"), thisPageIn(request, "en"));
	}

	/** This page again in another language: path and query kept (a POST's result page keeps only its path). */
	private static String thisPageIn(HttpServletRequest request, String language) {
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
			.replaceQueryParam("lang", language)
			.replaceQueryParam("error")
			.replaceQueryParam("logout")
			.build(true)
			.toUriString();
	}

	record LanguageLinks(String chinese, String english) {
	}
}
