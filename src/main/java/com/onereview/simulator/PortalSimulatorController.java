package com.onereview.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stand-in for the People's Bank account-management portal, as legacy as the real one: its own
 * login and cookie, a filing entered in steps (control info → depositor info → [cross-region
 * consultation] → confirmation → receipt), server-side checks shown in the page, a data-conflict
 * check on submit, session timeout, and the faults in {@link PortalFaults} on demand.
 */
@Controller
@RequestMapping("/sim/portal")
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class PortalSimulatorController {

	private static final String LOGIN = "redirect:/sim/portal/login";

	private final PortalSessions sessions;

	private final PortalFilings filings;

	private final PortalFaults faults;

	private final SimulatorProperties properties;

	PortalSimulatorController(PortalSessions sessions, PortalFilings filings, PortalFaults faults,
			SimulatorProperties properties) {
		this.sessions = sessions;
		this.filings = filings;
		this.faults = faults;
		this.properties = properties;
	}

	@ModelAttribute
	void legacyBehaviour(HttpServletResponse response) throws InterruptedException {
		PortalFaults.Settings now = faults.current();
		Thread.sleep(now.latency().toMillis());
		if (now.down()) {
			throw new PortalDownException();
		}
	}

	@GetMapping("/login")
	String loginPage(@RequestParam(required = false) String expired, Model model) {
		model.addAttribute("expired", expired != null);
		return "simulator/portal/login";
	}

	@PostMapping("/login")
	String login(@RequestParam String username, @RequestParam String password, HttpServletResponse response,
			Model model) {
		if (!properties.portalUser().equals(username) || !properties.portalPassword().equals(password)) {
			model.addAttribute("failed", true);
			return "simulator/portal/login";
		}
		Cookie cookie = new Cookie(PortalSessions.COOKIE, sessions.open(username));
		cookie.setPath("/sim/portal");
		cookie.setHttpOnly(true);
		response.addCookie(cookie);
		return "redirect:/sim/portal/home";
	}

	@PostMapping("/logout")
	String logout(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid) {
		sessions.close(sid);
		return LOGIN;
	}

	@GetMapping({ "", "/", "/home" })
	String home(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model) {
		Optional<PortalSessions.Session> session = sessions.find(sid);
		if (session.isEmpty()) {
			return LOGIN;
		}
		model.addAttribute("user", session.get().user);
		return "simulator/portal/home";
	}

	@GetMapping("/filing/new")
	String newFiling(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid) {
		return withSession(sid, session -> {
			session.restart();
			return "redirect:/sim/portal/filing/control";
		});
	}

	@GetMapping("/filing/control")
	String control(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model) {
		return withSession(sid, session -> step(model, 1, PortalForm.CONTROL, session.draft, Map.of()));
	}

	@PostMapping("/filing/control")
	String saveControl(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid,
			@RequestParam Map<String, String> form, Model model) {
		return withSession(sid, session -> save(session, 1, PortalForm.CONTROL, form, model,
				() -> "redirect:/sim/portal/filing/depositor"));
	}

	@GetMapping("/filing/depositor")
	String depositor(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model) {
		return withSession(sid, session -> session.stepsDone < 1 ? "redirect:/sim/portal/filing/control"
				: step(model, 2, PortalForm.DEPOSITOR, session.draft, Map.of()));
	}

	@PostMapping("/filing/depositor")
	String saveDepositor(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid,
			@RequestParam Map<String, String> form, Model model) {
		return withSession(sid, session -> save(session, 2, PortalForm.DEPOSITOR, form, model,
				() -> needsConsultation(session.draft) ? "redirect:/sim/portal/filing/consult"
						: "redirect:/sim/portal/filing/confirm"));
	}

	@GetMapping("/filing/consult")
	String consult(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model) {
		return withSession(sid, session -> {
			model.addAttribute("region", session.draft.get("txtRegionCode"));
			return "simulator/portal/consult";
		});
	}

	@PostMapping("/filing/consult")
	String confirmConsultation(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid,
			@RequestParam(required = false) String chkConsulted, @RequestParam(defaultValue = "") String txtConsultNote,
			Model model) {
		return withSession(sid, session -> {
			if (chkConsulted == null || txtConsultNote.isBlank()) {
				model.addAttribute("region", session.draft.get("txtRegionCode"));
				model.addAttribute("error", "请确认已完成跨地区协查并填写协查说明");
				return "simulator/portal/consult";
			}
			session.consulted = true;
			session.draft.put("txtConsultNote", txtConsultNote.strip());
			return "redirect:/sim/portal/filing/confirm";
		});
	}

	@GetMapping("/filing/confirm")
	String confirm(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model) {
		return withSession(sid, session -> {
			if (session.stepsDone < 2 || needsConsultation(session.draft) && !session.consulted) {
				return "redirect:/sim/portal/filing/control";
			}
			return summary(model, session, null);
		});
	}

	@PostMapping("/filing/confirm")
	String submit(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid, Model model)
			throws InterruptedException {
		Optional<PortalSessions.Session> found = sessions.find(sid);
		if (found.isEmpty()) {
			return LOGIN + "?expired";
		}
		PortalSessions.Session session = found.get();
		if (session.stepsDone < 2 || needsConsultation(session.draft) && !session.consulted) {
			return "redirect:/sim/portal/filing/control";
		}
		Map<String, String> data = new LinkedHashMap<>(session.draft);
		if ("BASIC".equals(data.get("selAccountKind")) && filings.hasBasicAccount(data.get("txtCreditCode"))) {
			return summary(model, session, "数据冲突：该存款人已开立基本存款账户，不能重复开立（统一社会信用代码 "
					+ data.get("txtCreditCode") + "）");
		}
		String receipt = filings.file(data, session.user);
		session.restart();
		Thread.sleep(faults.current().receiptDelay().toMillis());
		model.addAttribute("receiptNo", receipt);
		model.addAttribute("reference", data.get("txtApplyNo"));
		return "simulator/portal/receipt";
	}

	@GetMapping("/filings")
	String search(@CookieValue(name = PortalSessions.COOKIE, required = false) String sid,
			@RequestParam(defaultValue = "") String reference, Model model) {
		return withSession(sid, session -> {
			model.addAttribute("reference", reference);
			model.addAttribute("filings", reference.isBlank() ? List.of() : filings.byReference(reference.strip()));
			return "simulator/portal/search";
		});
	}

	private String save(PortalSessions.Session session, int step, List<PortalForm.Field> fields,
			Map<String, String> form, Model model, java.util.function.Supplier<String> next) {
		Map<String, String> values = new LinkedHashMap<>();
		for (PortalForm.Field field : fields) {
			values.put(field.id(), form.getOrDefault(faults.fieldId(field.id()), "").strip());
		}
		Map<String, String> errors = PortalForm.check(fields, values);
		if (!errors.isEmpty()) {
			return step(model, step, fields, values, errors);
		}
		session.draft.putAll(values);
		session.stepsDone = Math.max(session.stepsDone, step);
		if (faults.expiresAfter(step)) {
			sessions.close(sessionIdOf(session));
		}
		return next.get();
	}

	private String step(Model model, int step, List<PortalForm.Field> fields, Map<String, String> values,
			Map<String, String> errors) {
		model.addAttribute("step", step);
		model.addAttribute("fields", fields.stream()
			.map(field -> new ShownField(faults.fieldId(field.id()), field, values.getOrDefault(field.id(), ""),
					errors.get(field.id())))
			.toList());
		model.addAttribute("errors", errors.values());
		return "simulator/portal/step";
	}

	private String summary(Model model, PortalSessions.Session session, String error) {
		model.addAttribute("rows", summaryRows(session.draft));
		model.addAttribute("error", error);
		return "simulator/portal/confirm";
	}

	private static List<Map.Entry<String, String>> summaryRows(Map<String, String> draft) {
		return java.util.stream.Stream.concat(PortalForm.CONTROL.stream(), PortalForm.DEPOSITOR.stream())
			.map(field -> Map.entry(field.label(), field.options().getOrDefault(draft.get(field.id()),
					draft.getOrDefault(field.id(), ""))))
			.toList();
	}

	private boolean needsConsultation(Map<String, String> draft) {
		String region = draft.getOrDefault("txtRegionCode", "");
		return faults.current().crossRegion() || !region.startsWith(properties.portalRegion());
	}

	private String withSession(String sid, java.util.function.Function<PortalSessions.Session, String> page) {
		return sessions.find(sid).map(page).orElse(LOGIN + "?expired");
	}

	private String sessionIdOf(PortalSessions.Session session) {
		return sessions.idOf(session);
	}

	/** A field as a page shows it: under its current (possibly renamed) id. */
	record ShownField(String id, PortalForm.Field field, String value, String error) {
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(PortalDownException.class)
	String down(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		return "simulator/portal/down";
	}

	static final class PortalDownException extends RuntimeException {

		PortalDownException() {
			super("系统维护中，请稍后再试");
		}
	}
}
