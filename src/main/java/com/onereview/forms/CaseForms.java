package com.onereview.forms;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.onereview.verification.Actor;
import com.onereview.verification.CaseException;
import com.onereview.verification.CaseException.Kind;
import com.onereview.verification.CaseKind;
import com.onereview.verification.CaseQueries;
import com.onereview.verification.CaseState;
import com.onereview.verification.CaseValues;

import org.springframework.stereotype.Service;

/**
 * The forms of a case, under the case's visibility rules ({@link CaseQueries}): while it is under review a DRAFT
 * preview filled on request from its current values (a field waiting for its blind re-key stays empty); once
 * approved, the FINAL PDF stored on approval ({@link ApprovalForms}). Account-opening cases take every template;
 * voucher cases, and rejected cases, none.
 */
@Service
public class CaseForms {

	static final String LICENSE = "BUSINESS_LICENSE";

	private final CaseQueries queries;

	private final FormTemplates templates;

	private final FormFiller filler;

	private final CaseFormStore store;

	CaseForms(CaseQueries queries, FormTemplates templates, FormFiller filler, CaseFormStore store) {
		this.queries = queries;
		this.templates = templates;
		this.filler = filler;
		this.store = store;
	}

	/** A form's PDF and whether it is the DRAFT preview or the FINAL form. */
	public record Pdf(String formId, String status, byte[] bytes) {
	}

	static boolean applies(CaseKind kind) {
		return kind == CaseKind.ACCOUNT_OPENING;
	}

	public List<CaseForm> list(String caseId, Actor actor) {
		CaseValues values = queries.currentValues(caseId, actor);
		if (!applies(values.kind()) || values.state() == CaseState.REJECTED) {
			return List.of();
		}
		if (values.state() != CaseState.APPROVED) {
			return templates.list().stream()
				.map(template -> new CaseForm(template.id(), template.title(), CaseForm.DRAFT, null, null, null, null,
						href(caseId, template)))
				.toList();
		}
		Map<String, CaseFormStore.StoredForm> stored = stored(caseId);
		return templates.list().stream().map(template -> approved(caseId, template, stored.get(template.id()))).toList();
	}

	/** The preview while under review, the stored FINAL form once approved. */
	public Pdf pdf(String caseId, String formId, Actor actor) {
		CaseValues values = queries.currentValues(caseId, actor);
		FormTemplate template = templates.find(formId)
			.filter(found -> applies(values.kind()) && values.state() != CaseState.REJECTED)
			.orElseThrow(() -> new CaseException(Kind.NOT_FOUND, "form-not-found", formId, caseId));
		if (values.state() == CaseState.APPROVED) {
			byte[] pdf = store.pdf(caseId, formId).orElseThrow(() -> new CaseException(Kind.CONFLICT, "form-not-filled",
					formId, caseId, failure(stored(caseId).get(formId))));
			return new Pdf(formId, CaseForm.FINAL, pdf);
		}
		FormData data = new FormData(values.license(), values.inputs(), values.derived());
		try {
			return new Pdf(formId, CaseForm.DRAFT, filler.fill(template, data, new FillOptions(false, true)));
		}
		catch (FormFillException ex) {
			throw new CaseException(Kind.INVALID, "form-fill-failed", formId, ex.getMessage());
		}
	}

	private CaseForm approved(String caseId, FormTemplate template, CaseFormStore.StoredForm stored) {
		if (stored == null || !CaseForm.FINAL.equals(stored.kind())) {
			return new CaseForm(template.id(), template.title(), CaseForm.FAILED, null,
					stored == null ? null : stored.filledAt(), stored == null ? null : stored.filledBy(), failure(stored),
					null);
		}
		return new CaseForm(template.id(), template.title(), CaseForm.FINAL, stored.sha256(), stored.filledAt(),
				stored.filledBy(), null, href(caseId, template));
	}

	private Map<String, CaseFormStore.StoredForm> stored(String caseId) {
		return store.ofCase(caseId).stream()
			.collect(Collectors.toMap(CaseFormStore.StoredForm::formId, Function.identity()));
	}

	/** Why an approved case has no FINAL form: the stored reason, or a template added after the approval. */
	private static String failure(CaseFormStore.StoredForm stored) {
		return stored == null ? "not filled on approval (no such form then)" : stored.error();
	}

	private static String href(String caseId, FormTemplate template) {
		return "/api/cases/" + caseId + "/forms/" + template.id() + ".pdf";
	}
}
