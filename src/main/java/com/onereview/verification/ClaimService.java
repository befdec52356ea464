package com.onereview.verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.onereview.ingest.UploadService;
import com.onereview.security.Role;
import com.onereview.security.UserAccounts;
import com.onereview.verification.CaseException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims and leases. A claim is one conditional UPDATE (queued, or claimed under an expired lease, and not
 * a maker of the case), so the database lets exactly one of racing verifiers hold a case. A lease lasts
 * {@code onereview.verification.lease} from the last activity; expired ones go back to the queue.
 */
@Service
public class ClaimService {

	private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

	private final CaseStore cases;

	private final CaseAccess access;

	private final FieldStore fields;

	private final FieldMaterialiser materialiser;

	private final AuditLog audit;

	private final UploadService uploads;

	private final UserAccounts users;

	private final VerificationProperties properties;

	private final TransactionTemplate tx;

	ClaimService(CaseStore cases, CaseAccess access, FieldStore fields, FieldMaterialiser materialiser, AuditLog audit,
			UploadService uploads, UserAccounts users, VerificationProperties properties, TransactionTemplate tx) {
		this.cases = cases;
		this.access = access;
		this.fields = fields;
		this.materialiser = materialiser;
		this.audit = audit;
		this.uploads = uploads;
		this.users = users;
		this.properties = properties;
		this.tx = tx;
	}

	/** Claims the case for the verifier (again, if they hold it: the lease is renewed); its lease expiry. */
	@Transactional
	public Instant claim(String caseId, Actor actor) {
		CaseRow row = access.visible(caseId, actor);
		access.requireChecker(row, actor);
		Instant now = Instant.now();
		Instant lease = now.plus(properties.lease());
		if (row.heldBy(actor.username(), now)) {
			cases.extendLease(caseId, actor.username(), lease);
			return lease;
		}
		if (!cases.claim(caseId, actor.username(), now, lease)) {
			CaseRow current = cases.find(caseId).orElseThrow();
			throw new CaseException(Kind.CONFLICT, "not-claimable", caseId, current.state().name(),
					current.claimedBy() == null ? "-" : current.claimedBy());
		}
		claimed(row, actor.username(), now);
		return lease;
	}

	/**
	 * Claims the claimable case with the earliest deadline this verifier did not make; empty when there is
	 * none. A case lost to a faster verifier is skipped for the next.
	 */
	public Optional<String> claimNext(Actor actor) {
		if (!actor.verifies()) {
			throw new CaseException(Kind.FORBIDDEN, "not-verifier", "-");
		}
		for (int attempt = 0; attempt < 5; attempt++) {
			List<String> candidates = cases.claimableFor(actor.username(), Instant.now(), 10);
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (String candidate : candidates) {
				Boolean won = tx.execute(status -> {
					Instant now = Instant.now();
					CaseRow row = cases.find(candidate).orElseThrow();
					if (!cases.claim(candidate, actor.username(), now, now.plus(properties.lease()))) {
						return false;
					}
					claimed(row, actor.username(), now);
					return true;
				});
				if (Boolean.TRUE.equals(won)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private void claimed(CaseRow before, String user, Instant now) {
		if (before.leaseExpired(now)) {
			audit.record(before.id(), before.claimedBy(), AuditAction.LEASE_EXPIRED, null, null, before.claimedBy(), null,
					null, "lease ran out at " + before.leaseExpiresAt());
		}
		// cases opened before fields existed (schema V1) get theirs on first claim
		for (CaseDocument document : cases.documents(before.id())) {
			if (!fields.hasFields(before.id(), document.documentId())) {
				uploads.find(document.documentId()).ifPresent(view -> materialiser.materialise(before.id(), view));
			}
		}
		audit.record(before.id(), user, AuditAction.CLAIMED, null, null, before.claimedBy(), user, null, null);
		log.info("Case {} claimed by {}", before.id(), user);
	}

	/** Gives the case back to the queue. */
	@Transactional
	public void release(String caseId, Actor actor) {
		access.heldBy(caseId, actor);
		if (!cases.unclaim(caseId, actor.username(), null, Instant.now())) {
			throw new CaseException(Kind.CONFLICT, "not-claim-holder", caseId, "-");
		}
		audit.record(caseId, actor.username(), AuditAction.RELEASED, null, null, actor.username(), null, null, null);
	}

	/** A supervisor hands a queued or claimed case to a verifier who did not make it. */
	@Transactional
	public void reassign(String caseId, String verifier, Actor actor) {
		if (!actor.supervises()) {
			throw new CaseException(Kind.FORBIDDEN, "not-supervisor", caseId);
		}
		CaseRow row = access.visible(caseId, actor);
		boolean isVerifier = users.find(verifier)
			.filter(account -> account.enabled() && (account.role() == Role.VERIFIER || account.role() == Role.ADMIN))
			.isPresent();
		if (!isVerifier) {
			throw new CaseException(Kind.INVALID, "no-such-verifier", verifier);
		}
		if (cases.isMaker(caseId, verifier)) {
			throw new CaseException(Kind.FORBIDDEN, "maker-checker", caseId);
		}
		Instant now = Instant.now();
		if (!cases.reassign(caseId, verifier, now, now.plus(properties.lease()))) {
			throw new CaseException(Kind.CONFLICT, "not-reassignable", caseId, row.state().name());
		}
		audit.record(caseId, actor.username(), AuditAction.REASSIGNED, null, null, row.claimedBy(), verifier, null,
				null);
		log.info("Case {} reassigned by {} from {} to {}", caseId, actor.username(), row.claimedBy(), verifier);
	}

	/** How long a claim lasts from the last activity (the review screen counts it down). */
	public java.time.Duration lease() {
		return properties.lease();
	}

	/** Extends the holder's lease (any activity does). */
	void touch(String caseId, String user) {
		cases.extendLease(caseId, user, Instant.now().plus(properties.lease()));
	}

	/** Returns every case whose lease ran out to the queue, each audited; the number returned. */
	public int returnExpiredLeases(Instant now) {
		int returned = 0;
		for (Map.Entry<String, String> expired : cases.expiredLeases(now)) {
			Boolean done = tx.execute(status -> {
				if (!cases.unclaim(expired.getKey(), expired.getValue(), now, now)) {
					return false;
				}
				audit.record(expired.getKey(), "system", AuditAction.LEASE_EXPIRED, null, null, expired.getValue(), null,
						null, "returned to the queue");
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				returned++;
				log.info("Case {}: lease of {} expired; back in the queue", expired.getKey(), expired.getValue());
			}
		}
		return returned;
	}
}
