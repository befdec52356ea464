package com.onereview.security.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The bilingual login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication user) {
		boolean loggedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		return loggedIn ? "redirect:/" : "security/login";
	}
}
