package com.onereview.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.ingest.DocumentView;
import com.onereview.ingest.UploadService;
import com.onereview.verification.CaseException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approve, return or reject. Approval is refused while any field is REKEY, CONFLICT or MISSING; a return or
 * rejection needs a configured reason code. Approval publishes {@link CaseApproved}.
 */
@Service
public class DecisionService {

	private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

	private final CaseAccess access;

	private final CaseStore cases;

	private final FieldStore fields;

	private final AuditLog audit;

	private final UploadService uploads;

	private final ApplicationEventPublisher events;

	private final VerificationProperties properties;

	DecisionService(CaseAccess access, CaseStore cases, FieldStore fields, AuditLog audit, UploadService uploads,
			ApplicationEventPublisher events, VerificationProperties properties) {
		this.access = access;
		this.cases = cases;
		this.fields = fields;
		this.audit = audit;
		this.uploads = uploads;
		this.events = events;
		this.properties = properties;
	}

	/** The reason codes a decision may carry (none for approval). */
	public List<String> reasons(Decision decision) {
		return switch (decision) {
			case APPROVE -> List.of();
			case RETURN -> properties.returnReasons();
			case REJECT -> properties.rejectReasons();
		};
	}

	@Transactional
	public CaseState decide(String caseId, Decision decision, String reasonCode, String comment, Actor actor) {
		CaseRow row = access.heldBy(caseId, actor);
		List<FieldRow> caseFields = fields.ofCase(caseId);
		if (decision == Decision.APPROVE) {
			List<String> open = caseFields.stream()
				.filter(field -> FieldStatus.OPEN.contains(field.status()))
				.map(field -> field.documentId() + "/" + field.key())
				.toList();
			if (!open.isEmpty()) {
				throw new CaseException(Kind.CONFLICT, "fields-open", Map.of("openFields", open), caseId, open.size());
			}
		}
		else if (reasonCode == null || !reasons(decision).contains(reasonCode)) {
			throw new CaseException(Kind.INVALID, "reason-required", Map.of("reasons", reasons(decision)),
					decision.name());
		}
		String code = decision == Decision.APPROVE ? null : reasonCode;
		if (!cases.decide(caseId, actor.username(), decision, code, comment, Instant.now())) {
			throw new CaseException(Kind.CONFLICT, "not-claim-holder", caseId, "-");
		}
		AuditAction action = AuditAction.valueOf(decision.state().name());
		audit.record(caseId, actor.username(), action, null, null, row.state().name(), decision.state().name(), null,
				code == null ? comment : code + (comment == null ? "" : ": " + comment));
		if (decision == Decision.APPROVE) {
			events.publishEvent(approved(row, caseFields, actor.username()));
		}
		log.info("Case {} {} by {}{}", caseId, decision.state(), actor.username(), code == null ? "" : " (" + code + ")");
		return decision.state();
	}

	private CaseApproved approved(CaseRow row, List<FieldRow> caseFields, String user) {
		Map<String, Map<String, String>> byType = new LinkedHashMap<>();
		List<CaseApproved.VerifiedDocument> documents = new ArrayList<>();
		for (CaseDocument document : cases.documents(row.id())) {
			String type = uploads.find(document.documentId()).map(DocumentView::documentType).orElse("UNKNOWN");
			Map<String, String> values = new LinkedHashMap<>();
			caseFields.stream()
				.filter(field -> field.documentId().equals(document.documentId()))
				.forEach(field -> values.put(field.key(), field.value()));
			documents.add(new CaseApproved.VerifiedDocument(document.documentId(), type, values));
			byType.putIfAbsent(type, values);
		}
		Map<String, String> license = byType.get("BUSINESS_LICENSE");
		Map<String, String> derived = license == null ? Map.of()
				: DerivedValues.of(license, LocalDate.now(properties.zone()));
		return new CaseApproved(row.id(), row.kind(), user, byType, documents, cases.inputs(row.id()), derived);
	}
}
