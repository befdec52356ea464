package com.onereview.verification;

import com.onereview.ingest.DocumentExtracted;
import com.onereview.ingest.DocumentStatus;
import com.onereview.ingest.DocumentUploaded;
import com.onereview.ingest.UploadService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives a case its fields as soon as a document in it is read, while the teller is still assembling it, so the
 * teller's screen shows the pre-filled data from the case itself (the same rules as after submission: a REKEY
 * field's reading stays withheld). Submission materialises whatever is still missing.
 */
@Component
class DraftFields {

	private final CaseStore cases;

	private final FieldMaterialiser materialiser;

	private final UploadService uploads;

	private final FileParts parts;

	DraftFields(CaseStore cases, FieldMaterialiser materialiser, UploadService uploads, FileParts parts) {
		this.parts = parts;
		this.cases = cases;
		this.materialiser = materialiser;
		this.uploads = uploads;
	}

	/**
	 * A document read in the transaction that stores its result: every draft holding it gets its fields, and the
	 * other documents found in the same file with theirs.
	 */
	@EventListener
	void on(DocumentExtracted event) {
		uploads.find(event.documentId()).ifPresent(document -> cases.editableCasesHolding(document.id())
			.forEach(caseId -> {
				materialiser.materialise(caseId, document);
				cases.find(caseId).ifPresent(row -> parts.attach(caseId, document.id(), event.uploadedBy(), row.createdBy()));
			}));
	}

	/**
	 * A document read before (the same bytes uploaded again) put into a draft: its fields come at once. Should
	 * CaseService refuse the upload, its exception rolls these rows back with the rest of the upload.
	 */
	@EventListener
	void on(DocumentUploaded event) {
		boolean editable = cases.find(event.caseId()).map(row -> row.state().editableByTeller()).orElse(false);
		uploads.find(event.documentId())
			.filter(document -> editable && document.status() == DocumentStatus.EXTRACTED)
			.ifPresent(document -> {
				materialiser.materialise(event.caseId(), document);
				parts.attach(event.caseId(), document.id(), event.uploadedBy(), event.attachedBy());
			});
	}
}
