package com.onereview.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.ingest.DocumentStatus;
import com.onereview.ingest.DocumentUploaded;
import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;
import com.onereview.security.UserAccount;
import com.onereview.security.UserAccounts;
import com.onereview.verification.CaseException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A teller's side of a case: create a draft, add and remove documents, fill in inputs, submit. */
@Service
public class CaseService {

	private static final Logger log = LoggerFactory.getLogger(CaseService.class);

	private final CaseStore cases;

	private final CaseAccess access;

	private final FieldMaterialiser materialiser;

	private final FieldStore fields;

	private final AuditLog audit;

	private final UploadService uploads;

	private final UserAccounts users;

	private final SlaPolicy sla;

	private final VerificationProperties properties;

	CaseService(CaseStore cases, CaseAccess access, FieldMaterialiser materialiser, FieldStore fields, AuditLog audit,
			UploadService uploads, UserAccounts users, SlaPolicy sla, VerificationProperties properties) {
		this.cases = cases;
		this.access = access;
		this.materialiser = materialiser;
		this.fields = fields;
		this.audit = audit;
		this.uploads = uploads;
		this.users = users;
		this.sla = sla;
		this.properties = properties;
	}

	/** A new DRAFT case of the teller's branch, with the bank's defaults as inputs; its id. */
	@Transactional
	public String create(Actor actor) {
		if (!actor.makes()) {
			throw new CaseException(Kind.FORBIDDEN, "not-teller");
		}
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now();
		String branch = users.find(actor.username()).map(UserAccount::branch).orElse(null);
		cases.insert(id, CaseState.DRAFT, null, null, branch, actor.username(), null, now);
		if (properties.bankCode() != null) {
			cases.putInput(id, "bankCode", properties.bankCode(), actor.username(), now);
		}
		if (properties.bankName() != null) {
			cases.putInput(id, "bankName", properties.bankName(), actor.username(), now);
		}
		audit.record(id, actor.username(), AuditAction.CREATED, branch);
		log.info("Case {} created by {} ({})", id, actor.username(), branch);
		return id;
	}

	/** An upload into a case, in the upload's transaction: refusing it throws and so rolls the upload back. */
	@EventListener
	void on(DocumentUploaded event) {
		CaseRow row = cases.find(event.caseId())
			.orElseThrow(() -> new CaseException(Kind.NOT_FOUND, "case-not-found", event.caseId()));
		if (!row.createdBy().equals(event.attachedBy())) {
			throw new CaseException(Kind.NOT_FOUND, "case-not-found", event.caseId());
		}
		if (!row.state().editableByTeller()) {
			throw new CaseException(Kind.CONFLICT, "not-editable", row.id(), row.state().name());
		}
		if (cases.attach(row.id(), event.documentId(), event.uploadedBy(), event.attachedBy(), Instant.now())) {
			audit.record(row.id(), event.attachedBy(), AuditAction.DOCUMENT_ADDED, event.documentId(), null, null, null,
					null, null);
		}
	}

	/** Takes a document out of a draft or returned case (the document itself stays). */
	@Transactional
	public void detach(String caseId, String documentId, Actor actor) {
		access.editableByMaker(caseId, actor);
		if (!cases.detach(caseId, documentId)) {
			throw new CaseException(Kind.NOT_FOUND, "document-not-in-case", documentId, caseId);
		}
		fields.deleteOfDocument(caseId, documentId);
		audit.record(caseId, actor.username(), AuditAction.DOCUMENT_REMOVED, documentId, null, null, null, null, null);
	}

	/** Sets some of the teller's inputs (blank clears one); refused as a whole when any is invalid. */
	@Transactional
	public void setInputs(String caseId, Map<String, String> inputs, Actor actor) {
		access.editableByMaker(caseId, actor);
		List<ExtractionIssue> issues = TellerInputs.check(inputs);
		if (!issues.isEmpty()) {
			throw new CaseException(Kind.INVALID, "invalid-inputs", Map.of("issues", issues), caseId);
		}
		Map<String, String> before = cases.inputs(caseId);
		Instant now = Instant.now();
		inputs.forEach((key, raw) -> {
			String value = raw == null || raw.isBlank() ? null : raw.strip();
			String old = before.get(key);
			if (value == null ? old != null : !value.equals(old)) {
				cases.putInput(caseId, key, value, actor.username(), now);
				audit.record(caseId, actor.username(), AuditAction.INPUT_CHANGED, null, key, old, value, "USER", null);
			}
		});
		if (inputs.containsKey("accountKind")) {
			String kind = inputs.get("accountKind");
			cases.setAccountKind(caseId, kind == null || kind.isBlank() ? null : AccountKind.valueOf(kind.strip()));
		}
		log.info("Case {} inputs set by {}: {}", caseId, actor.username(), TellerInputs.forLog(inputs));
	}

	/** Sends the case to the queue: every document must be extracted; fields are materialised, the SLA set. */
	@Transactional
	public void submit(String caseId, Actor actor) {
		CaseRow row = access.editableByMaker(caseId, actor);
		List<DocumentView> documents = documentsReady(caseId);
		Instant now = Instant.now();
		documents.forEach(document -> materialiser.materialise(caseId, document));
		DocumentView first = documents.stream()
			.min(Comparator.comparing(d -> "BUSINESS_LICENSE".equals(d.documentType()) ? 0 : 1))
			.orElseThrow();
		CaseKind kind = "BUSINESS_LICENSE".equals(first.documentType()) ? CaseKind.ACCOUNT_OPENING
				: CaseKind.VOUCHER_ENTRY;
		AccountKind accountKind = kind == CaseKind.ACCOUNT_OPENING ? row.accountKind() : null;
		Instant due = sla.deadline(accountKind, now);
		if (!cases.submit(caseId, kind, first.documentType(), accountKind, due, now)) {
			throw new CaseException(Kind.CONFLICT, "not-editable", caseId, row.state().name());
		}
		audit.record(caseId, actor.username(), AuditAction.SUBMITTED, null, null, row.state().name(),
				CaseState.PENDING_REVIEW.name(), null, "due " + due);
		log.info("Case {} submitted by {}: {} document(s), {}, due {}", caseId, actor.username(), documents.size(), kind,
				due);
	}

	private List<DocumentView> documentsReady(String caseId) {
		List<CaseDocument> attached = cases.documents(caseId);
		if (attached.isEmpty()) {
			throw new CaseException(Kind.CONFLICT, "no-documents", caseId);
		}
		List<DocumentView> documents = new ArrayList<>();
		List<Map<String, String>> notReady = new ArrayList<>();
		for (CaseDocument attachedDocument : attached) {
			DocumentView document = uploads.find(attachedDocument.documentId()).orElseThrow();
			documents.add(document);
			if (document.status() != DocumentStatus.EXTRACTED) {
				notReady.add(Map.of("documentId", document.id(), "fileName", document.fileName(), "status",
						document.status().name()));
			}
		}
		if (!notReady.isEmpty()) {
			throw new CaseException(Kind.CONFLICT, "documents-not-ready", Map.of("documents", notReady), caseId,
					notReady.size());
		}
		return documents;
	}
}
