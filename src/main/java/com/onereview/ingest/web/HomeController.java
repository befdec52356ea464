package com.onereview.ingest.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.onereview.ingest.UploadOutcome;
import com.onereview.ingest.UploadService;
import com.onereview.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each role's landing screen, and the teller's upload screen: drop files, watch them upload and get read live
 * (upload.js), the teller's latest documents below. The plain form POST is the fallback without JavaScript.
 */
@Controller
class HomeController {

	private final UploadService uploads;

	private final MessageSource messages;

	HomeController(UploadService uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	/** Tellers start at their cases (新建开户 is there), everyone else at the queue. */
	@GetMapping("/")
	String landing(Authentication user) {
		return Role.TELLER.heldBy(user) ? "redirect:/cases" : "redirect:/queue";
	}

	@GetMapping("/upload")
	String upload(Authentication user, Model model) {
		model.addAttribute("mayUpload", Role.TELLER.heldBy(user) || Role.ADMIN.heldBy(user));
		model.addAttribute("uploadUrl", "/api/documents");
		model.addAttribute("documents", uploads.recent(Role.seesAll(user) ? null : user.getName(), 50));
		return "ingest/upload";
	}

	@PostMapping("/documents")
	String upload(@RequestParam("file") List<MultipartFile> files, Authentication user, Locale locale,
			RedirectAttributes redirect) throws IOException {
		List<String> notices = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && file.getOriginalFilename() != null && file.getOriginalFilename().isEmpty()) {
				continue; // the form was sent without choosing a file
			}
			UploadOutcome outcome = uploads.accept(file.getOriginalFilename(), file.getBytes(), user.getName());
			notices.add(outcome.accepted()
					? messages.getMessage(outcome.duplicate() ? "home.duplicate" : "home.accepted",
							new Object[] { outcome.fileName() }, locale)
					: messages.getMessage("upload.refused." + outcome.refusedFor().name(),
							new Object[] { outcome.fileName() }, locale));
		}
		redirect.addFlashAttribute("notices", notices);
		return "redirect:/upload";
	}

}
