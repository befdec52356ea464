package com.onereview.verification;

import java.time.Instant;

import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;

import org.springframework.stereotype.Component;

/**
 * Puts the further documents found in an uploaded file (a voucher after the license in one PDF, docs/adr/0012) into
 * every case the file is put into, each with its fields, so one upload gives the case all of them.
 */
@Component
class FileParts {

	private final CaseStore cases;

	private final FieldMaterialiser materialiser;

	private final AuditLog audit;

	private final UploadService uploads;

	FileParts(CaseStore cases, FieldMaterialiser materialiser, AuditLog audit, UploadService uploads) {
		this.cases = cases;
		this.materialiser = materialiser;
		this.audit = audit;
		this.uploads = uploads;
	}

	/** Attaches the file's parts to the case (unless there already) and gives the case their fields. */
	void attach(String caseId, String fileId, String uploadedBy, String attachedBy) {
		for (DocumentView part : uploads.parts(fileId)) {
			if (cases.attach(caseId, part.id(), uploadedBy, attachedBy, Instant.now())) {
				audit.record(caseId, attachedBy, AuditAction.DOCUMENT_ADDED, part.id(), null, null, null, null,
						"found in file " + fileId);
			}
			materialiser.materialise(caseId, part);
		}
	}
}
