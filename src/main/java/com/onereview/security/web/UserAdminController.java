package com.onereview.security.web;

import java.util.List;
import java.util.Map;

import com.onereview.security.Role;
import com.onereview.security.UserAccount;
import com.onereview.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage the accounts: list, create (role and branch), disable or enable, reset a password. The
 * page and the JSON API do the same through {@link UserAccounts}; only ADMIN reaches either.
 */
@Controller
class UserAdminController {

	private static final Logger log = LoggerFactory.getLogger(UserAdminController.class);

	private final UserAccounts users;

	private final MessageSource messages;

	UserAdminController(UserAccounts users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("users", users.all());
		model.addAttribute("roles", Role.values());
		return "security/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String password, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam(required = false) String branch,
			@RequestParam(required = false) String branchName, Authentication admin, RedirectAttributes redirect) {
		return outcome(redirect, () -> {
			users.create(username, password, displayName, role, branch, branchName);
			log.info("User {} ({}) created by {}", username, role, admin.getName());
		}, "users.created");
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, Authentication admin,
			RedirectAttributes redirect) {
		return outcome(redirect, () -> {
			users.setEnabled(username, enabled, admin.getName());
			log.info("User {} {} by {}", username, enabled ? "enabled" : "disabled", admin.getName());
		}, enabled ? "users.enabled" : "users.disabled");
	}

	@PostMapping("/admin/users/{username}/password")
	String reset(@PathVariable String username, @RequestParam String password, Authentication admin,
			RedirectAttributes redirect) {
		return outcome(redirect, () -> {
			users.resetPassword(username, password);
			log.info("Password of {} reset by {}", username, admin.getName());
		}, "users.reset.done");
	}

	@GetMapping("/api/admin/users")
	@ResponseBody
	List<UserAccount> list() {
		return users.all();
	}

	@PostMapping("/api/admin/users")
	@ResponseBody
	ResponseEntity<?> createJson(@RequestBody Map<String, String> body, Authentication admin,
			java.util.Locale locale) {
		try {
			Role role = role(body.get("role"));
			users.create(body.get("username"), body.get("password"), body.get("displayName"), role, body.get("branch"),
					body.get("branchName"));
			log.info("User {} ({}) created by {}", body.get("username"), role, admin.getName());
			return ResponseEntity.status(HttpStatus.CREATED).body(users.find(body.get("username")).orElseThrow());
		}
		catch (IllegalArgumentException ex) {
			String key = ex.getMessage() != null && ex.getMessage().startsWith("users.error") ? ex.getMessage()
					: "users.error.required";
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
					messages.getMessage(key, null, locale));
			return ResponseEntity.unprocessableEntity().body(problem);
		}
	}

	/** The role named, none when not given; an unknown name is its own error, not "required". */
	private static Role role(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Role.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("users.error.role", ex);
		}
	}

	private String outcome(RedirectAttributes redirect, Runnable change, String done) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/users";
	}
}
