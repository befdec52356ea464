package com.onereview.verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.extraction.FieldSource;
import com.onereview.verification.CaseException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim holder's work on fields: blind re-key, correction, confirmation, and handling time. Every change
 * is audited with old and new value; the machine value of a REKEY field leaves the server only once re-keyed.
 */
@Service
public class FieldService {

	private final CaseAccess access;

	private final FieldStore fields;

	private final CaseStore cases;

	private final ClaimService claims;

	private final AuditLog audit;

	private final FieldViews views;

	private final VerificationProperties properties;

	FieldService(CaseAccess access, FieldStore fields, CaseStore cases, ClaimService claims, AuditLog audit,
			FieldViews views, VerificationProperties properties) {
		this.access = access;
		this.fields = fields;
		this.cases = cases;
		this.claims = claims;
		this.audit = audit;
		this.views = views;
		this.properties = properties;
	}

	/** A blind re-key: a match confirms the field, a mismatch makes it a CONFLICT and reveals both values. */
	@Transactional
	public FieldOutcome rekey(String caseId, String documentId, String key, String typed, Actor actor) {
		FieldRow field = heldField(caseId, documentId, key, actor);
		if (field.status() != FieldStatus.REKEY) {
			throw new CaseException(Kind.CONFLICT, "not-rekey", key, field.status().name());
		}
		boolean match = ValueComparison.same(key, typed, field.machineValue());
		String normalized = FieldChecks.normalize(key, typed);
		boolean saved = match
				? fields.update(field, FieldStatus.REKEY, field.machineValue(), field.machineSource(), FieldStatus.CONFIRMED,
						null, actor.username(), Instant.now())
				: fields.update(field, FieldStatus.REKEY, null, null, FieldStatus.CONFLICT, normalized, actor.username(),
						Instant.now());
		requireSaved(saved, key);
		audit.record(caseId, actor.username(), AuditAction.FIELD_REKEYED, documentId, key, null, typed, "USER",
				match ? "MATCH" : "MISMATCH");
		return new FieldOutcome(view(caseId, documentId, key), match, List.of());
	}

	/** The verifier's own value (source USER); one failing a check is kept only with {@code override}. */
	@Transactional
	public FieldOutcome correct(String caseId, String documentId, String key, String typed, boolean override,
			Actor actor) {
		FieldRow field = heldField(caseId, documentId, key, actor);
		String value = FieldChecks.normalize(key, typed);
		List<ExtractionIssue> issues = FieldChecks.check(key, value);
		if (!issues.isEmpty() && !override) {
			throw new CaseException(Kind.INVALID, "invalid-value", Map.of("issues", issues), key);
		}
		requireSaved(fields.update(field, field.status(), value, FieldSource.USER.name(), FieldStatus.CORRECTED, null,
				actor.username(), Instant.now()), key);
		audit.record(caseId, actor.username(), AuditAction.FIELD_CORRECTED, documentId, key, field.value(), value,
				FieldSource.USER.name(), issues.isEmpty() ? null : "override: " + codes(issues));
		return new FieldOutcome(view(caseId, documentId, key), null, issues);
	}

	/**
	 * Confirms a field as it stands: an ACCEPTED value explicitly, a MISSING one as empty, or for a CONFLICT the
	 * machine's value ({@code useRekeyed} false) or the re-keyed one. A REKEY field cannot be confirmed unseen.
	 */
	@Transactional
	public FieldOutcome confirm(String caseId, String documentId, String key, boolean useRekeyed, Actor actor) {
		FieldRow field = heldField(caseId, documentId, key, actor);
		String value;
		String source;
		switch (field.status()) {
			case ACCEPTED, CONFIRMED, CORRECTED -> {
				value = field.value();
				source = field.source();
			}
			case MISSING -> {
				value = null;
				source = FieldSource.USER.name();
			}
			case CONFLICT -> {
				value = useRekeyed ? field.rekeyedValue() : field.machineValue();
				source = useRekeyed ? FieldSource.USER.name() : field.machineSource();
			}
			default -> throw new CaseException(Kind.CONFLICT, "not-confirmable", key, field.status().name());
		}
		requireSaved(fields.update(field, field.status(), value, source, FieldStatus.CONFIRMED, null, actor.username(),
				Instant.now()), key);
		audit.record(caseId, actor.username(), AuditAction.FIELD_CONFIRMED, documentId, key, field.value(), value, source,
				field.status().name());
		return new FieldOutcome(view(caseId, documentId, key), null, List.of());
	}

	/**
	 * Adds active (not idle) seconds reported by the holder's screen to the case and its fields, and extends the
	 * lease. A report beyond {@code max-activity-per-call}, or negative, is ignored as implausible.
	 */
	@Transactional
	public long activity(String caseId, long activeSeconds, Map<String, Long> perField, Actor actor) {
		access.heldBy(caseId, actor);
		claims.touch(caseId, actor.username());
		long max = properties.maxActivityPerCall().toSeconds();
		long added = 0;
		if (activeSeconds > 0 && activeSeconds <= max) {
			cases.addActiveSeconds(caseId, activeSeconds);
			added = activeSeconds;
		}
		if (perField != null) {
			perField.forEach((ref, seconds) -> {
				int slash = ref.indexOf('/');
				if (seconds != null && seconds > 0 && seconds <= max && slash > 0) {
					fields.addActiveSeconds(caseId, ref.substring(0, slash), ref.substring(slash + 1), seconds);
				}
			});
		}
		return added;
	}

	private FieldRow heldField(String caseId, String documentId, String key, Actor actor) {
		access.heldBy(caseId, actor);
		claims.touch(caseId, actor.username());
		return fields.find(caseId, documentId, key)
			.orElseThrow(() -> new CaseException(Kind.NOT_FOUND, "field-not-found", documentId + "/" + key));
	}

	private CaseField view(String caseId, String documentId, String key) {
		return views.of(fields.find(caseId, documentId, key).orElseThrow());
	}

	private static void requireSaved(boolean saved, String key) {
		if (!saved) {
			throw new CaseException(Kind.CONFLICT, "field-changed", key);
		}
	}

	private static String codes(List<ExtractionIssue> issues) {
		return String.join(",", issues.stream().map(ExtractionIssue::code).toList());
	}
}
