package com.onereview.forms;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.onereview.ingest.UploadService;
import com.onereview.verification.AuditAction;
import com.onereview.verification.AuditLog;
import com.onereview.verification.CaseApproved;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The final fill: on {@link CaseApproved}, every form that applies to the case is filled from the verified values
 * only (the event's values, inputs and derived values), flattened, and stored with its SHA-256 in the audit trail.
 *
 * <p>It runs inside the approving transaction, on purpose: the approval, the stored PDFs and their audit events
 * commit together or not at all, so an approved case never lacks its forms and nothing needs a retry or a
 * reconciliation. The price is the fill time (measured 120–230 ms a form warm, ~1 s for the first after start-up)
 * on one verifier's approval click, holding one case row and one connection; approvals are human-paced.
 *
 * <p>A form that cannot be filled truthfully (a glyph no font draws, a value too long for its field) does not
 * roll the approval back: the verifier's decision on the facts is right, and undoing it would block the case on
 * a font or template defect the verifier cannot fix. The failure is stored (FAILED, with the reason), audited as
 * FORM_FAILED and shown in the forms list, where the back office sees it and fills that form by hand. Any other
 * error (the database) rolls the approval back as usual.
 */
@Component
class ApprovalForms {

	private static final Logger log = LoggerFactory.getLogger(ApprovalForms.class);

	private final FormTemplates templates;

	private final FormFiller filler;

	private final CaseFormStore store;

	private final AuditLog audit;

	private final MeterRegistry meters;

	ApprovalForms(FormTemplates templates, FormFiller filler, CaseFormStore store, AuditLog audit,
			MeterRegistry meters) {
		this.templates = templates;
		this.filler = filler;
		this.store = store;
		this.audit = audit;
		this.meters = meters;
	}

	@EventListener
	void onApproved(CaseApproved approved) {
		if (!CaseForms.applies(approved.kind())) {
			return;
		}
		Map<String, String> license = approved.values().getOrDefault(CaseForms.LICENSE, Map.of());
		FormData data = new FormData(license, approved.inputs(), approved.derived());
		for (FormTemplate template : templates.list()) {
			fill(approved, template, data);
		}
	}

	private void fill(CaseApproved approved, FormTemplate template, FormData data) {
		Instant now = Instant.now();
		Timer.Sample sample = Timer.start(meters);
		String outcome = "filled";
		try {
			byte[] pdf = filler.fill(template, data, new FillOptions(true, false));
			String sha256 = UploadService.sha256(pdf);
			store.insert(new CaseFormStore.StoredForm(approved.caseId(), template.id(), CaseForm.FINAL, pdf, sha256,
					null, now, approved.approvedBy()));
			audit.recordForm(approved.caseId(), approved.approvedBy(), AuditAction.FORM_FILLED, template.id(), sha256,
					template.title());
			log.info("Case {}: form {} filled in {} ms ({} bytes, sha256 {})", approved.caseId(), template.id(),
					Duration.between(now, Instant.now()).toMillis(), pdf.length, sha256);
		}
		catch (FormFillException | UncheckedIOException ex) {
			outcome = "failed";
			String reason = clip(ex.getMessage(), 1000);
			store.insert(new CaseFormStore.StoredForm(approved.caseId(), template.id(), CaseForm.FAILED, null, null,
					reason, now, approved.approvedBy()));
			audit.recordForm(approved.caseId(), approved.approvedBy(), AuditAction.FORM_FAILED, template.id(), null,
					reason);
			log.warn("Case {}: form {} could not be filled; the approval stands: {}", approved.caseId(), template.id(),
					reason);
		}
		finally {
			sample.stop(meters.timer("onereview.forms.fill", "form", template.id(), "outcome", outcome));
		}
	}

	private static String clip(String text, int max) {
		String value = text == null ? "unknown error" : text;
		return value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}
}
