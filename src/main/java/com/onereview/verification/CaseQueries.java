package com.onereview.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;
import com.onereview.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for lists, the review screen and the audit trail, under the same visibility rules as changes. */
@Service
public class CaseQueries {

	private final CaseStore cases;

	private final FieldStore fields;

	private final FieldViews views;

	private final CaseAccess access;

	private final AuditLog audit;

	private final UploadService uploads;

	private final VerificationProperties properties;

	CaseQueries(CaseStore cases, FieldStore fields, FieldViews views, CaseAccess access, AuditLog audit,
			UploadService uploads, VerificationProperties properties) {
		this.cases = cases;
		this.fields = fields;
		this.views = views;
		this.access = access;
		this.audit = audit;
		this.uploads = uploads;
		this.properties = properties;
	}

	/**
	 * Cases in queue order (earliest SLA deadline first). Tellers see their own; {@code mine} narrows a
	 * verifier's list to the cases they hold and anyone else's to the cases they created.
	 */
	public List<CaseSummary> list(CaseState state, boolean mine, Actor actor) {
		String createdBy = actor.role() == Role.TELLER || (mine && !actor.verifies()) ? actor.username() : null;
		String claimedBy = mine && actor.verifies() ? actor.username() : null;
		Instant now = Instant.now();
		return cases.list(state, createdBy, claimedBy, 500).stream().map(row -> summary(row, now)).toList();
	}

	/** The case as the review screen shows it; opening it as the claim holder is audited (VIEWED). */
	@Transactional
	public CaseDetail detail(String id, Actor actor) {
		CaseRow row = access.visible(id, actor);
		Instant now = Instant.now();
		if (row.heldBy(actor.username(), now)) {
			audit.record(id, actor.username(), AuditAction.VIEWED, null);
		}
		List<CaseDetail.DocumentRef> documents = new ArrayList<>();
		List<DocumentView> viewed = new ArrayList<>();
		List<FieldRow> rows = fields.ofCase(id);
		for (CaseDocument document : cases.documents(id)) {
			DocumentView view = uploads.find(document.documentId()).orElseThrow();
			viewed.add(view);
			documents.add(new CaseDetail.DocumentRef(view.id(), view.fileName(), view.status().name(),
					view.documentType(), view.pageCount(), document.uploadedBy(), document.attachedBy()));
		}
		Map<String, String> licenseValues = licenseValues(viewed, rows);
		return new CaseDetail(summary(row, now), row.reasonText(), row.activeSeconds(), documents,
				rows.stream().map(views::of).toList(), cases.inputs(id), derived(licenseValues),
				allowedActions(row, rows, actor, now));
	}

	/** The case's current values for a preview, under the detail's visibility rules (not audited as VIEWED). */
	public CaseValues currentValues(String id, Actor actor) {
		CaseRow row = access.visible(id, actor);
		List<DocumentView> viewed = cases.documents(id).stream()
			.map(document -> uploads.find(document.documentId()).orElseThrow())
			.toList();
		Map<String, String> license = licenseValues(viewed, fields.ofCase(id));
		// a draft has no kind yet: it will be what its first document makes it on submission
		String firstType = viewed.isEmpty() ? null : viewed.get(0).documentType();
		CaseKind kind = row.kind() != null || firstType == null ? row.kind()
				: "BUSINESS_LICENSE".equals(firstType) ? CaseKind.ACCOUNT_OPENING : CaseKind.VOUCHER_ENTRY;
		return new CaseValues(id, kind, row.state(), license, cases.inputs(id), derived(license));
	}

	/** The current values of the first license: only what is shown, so never a REKEY field's machine value. */
	private static Map<String, String> licenseValues(List<DocumentView> documents, List<FieldRow> rows) {
		Map<String, String> values = new LinkedHashMap<>();
		documents.stream().filter(view -> "BUSINESS_LICENSE".equals(view.documentType())).findFirst()
			.ifPresent(license -> rows.stream()
				.filter(field -> field.documentId().equals(license.id()) && field.value() != null
						&& field.status() != FieldStatus.REKEY)
				.forEach(field -> values.put(field.key(), field.value())));
		return values;
	}

	private Map<String, String> derived(Map<String, String> license) {
		return license.isEmpty() ? Map.of() : DerivedValues.of(license, LocalDate.now(properties.zone()));
	}

	/** The case as lists show it, without auditing a view (the review screen's lease countdown reads it). */
	public CaseSummary summary(String id, Actor actor) {
		return summary(access.visible(id, actor), Instant.now());
	}

	/** Throws the case's not-found problem unless the actor may see the case (for other modules' case pages). */
	public CaseState visibleState(String id, Actor actor) {
		return access.visible(id, actor).state();
	}

	/** The case's audit trail, for whoever may see the case. */
	public List<AuditEntry> audit(String id, Actor actor) {
		access.visible(id, actor);
		return audit.events(id);
	}

	private List<String> allowedActions(CaseRow row, List<FieldRow> rows, Actor actor, Instant now) {
		List<String> actions = new ArrayList<>();
		if (actor.makes() && row.createdBy().equals(actor.username()) && row.state().editableByTeller()) {
			actions.addAll(List.of("UPLOAD", "DETACH", "EDIT_INPUTS", "SUBMIT"));
		}
		boolean active = row.state() == CaseState.PENDING_REVIEW || row.state() == CaseState.IN_REVIEW;
		if (actor.verifies() && active && !cases.isMaker(row.id(), actor.username())) {
			if (row.heldBy(actor.username(), now)) {
				actions.addAll(List.of("RELEASE", "EDIT_FIELDS", "RETURN", "REJECT"));
				if (rows.stream().noneMatch(field -> FieldStatus.OPEN.contains(field.status()))) {
					actions.add("APPROVE");
				}
			}
			else if (row.state() == CaseState.PENDING_REVIEW || row.leaseExpired(now)) {
				actions.add("CLAIM");
			}
		}
		if (actor.supervises() && active) {
			actions.add("REASSIGN");
		}
		return actions;
	}

	private CaseSummary summary(CaseRow row, Instant now) {
		Long secondsLeft = row.slaDueAt() == null ? null : Duration.between(now, row.slaDueAt()).toSeconds();
		return new CaseSummary(row.id(), row.state(), row.kind(), row.documentType(),
				cases.documents(row.id()).stream().map(CaseDocument::documentId).toList(), row.branch(),
				row.accountKind(), row.createdBy(), row.createdAt(), row.submittedAt(), row.slaDueAt(), secondsLeft,
				row.claimedBy(), row.leaseExpiresAt(), row.decision(), row.reasonCode());
	}
}
