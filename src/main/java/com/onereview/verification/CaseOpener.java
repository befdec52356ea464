package com.onereview.verification;

import java.time.Instant;
import java.util.UUID;

import com.onereview.ingest.DocumentExtracted;
import com.onereview.ingest.UploadService;
import com.onereview.security.UserAccount;
import com.onereview.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a verification case, in the queue with its fields, for a document uploaded without a case, in the
 * transaction that stores the extraction; the unique index on {@code opened_for_document} keeps it to one.
 * A document uploaded into a case opens none. The other documents found in the same file go into the same case.
 */
@Component
class CaseOpener {

	private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);

	private final CaseStore cases;

	private final FieldMaterialiser materialiser;

	private final AuditLog audit;

	private final UploadService uploads;

	private final UserAccounts users;

	private final SlaPolicy sla;

	private final FileParts parts;

	CaseOpener(CaseStore cases, FieldMaterialiser materialiser, AuditLog audit, UploadService uploads,
			UserAccounts users, SlaPolicy sla, FileParts parts) {
		this.parts = parts;
		this.cases = cases;
		this.materialiser = materialiser;
		this.audit = audit;
		this.uploads = uploads;
		this.users = users;
		this.sla = sla;
	}

	@EventListener
	void on(DocumentExtracted event) {
		if (cases.everInACase(event.documentId())) {
			return;
		}
		String id = UUID.randomUUID().toString();
		Instant now = Instant.now();
		String branch = users.find(event.uploadedBy()).map(UserAccount::branch).orElse(null);
		CaseKind kind = "BUSINESS_LICENSE".equals(event.documentType()) ? CaseKind.ACCOUNT_OPENING
				: CaseKind.VOUCHER_ENTRY;
		cases.insert(id, CaseState.DRAFT, kind, event.documentType(), branch, event.uploadedBy(), event.documentId(), now);
		cases.attach(id, event.documentId(), event.uploadedBy(), event.uploadedBy(), now);
		materialiser.materialise(id, uploads.find(event.documentId()).orElseThrow());
		parts.attach(id, event.documentId(), event.uploadedBy(), event.uploadedBy());
		Instant due = sla.deadline(null, now);
		cases.submit(id, kind, event.documentType(), null, due, now);
		audit.record(id, event.uploadedBy(), AuditAction.CREATED, "opened for upload " + event.documentId());
		audit.record(id, event.uploadedBy(), AuditAction.SUBMITTED, null, null, null, CaseState.PENDING_REVIEW.name(),
				null, "due " + due);
		log.info("Case {} opened for document {} ({}, {} more document(s) in the file)", id, event.documentId(),
				event.documentType(), event.parts().size());
	}
}
