package com.onereview.verification;

import java.time.Instant;

import com.onereview.verification.CaseException.Kind;

import org.springframework.stereotype.Component;

/** Who may do what to a case: the rules the API and the screens share, enforced here, not in views. */
@Component
class CaseAccess {

	private final CaseStore cases;

	CaseAccess(CaseStore cases) {
		this.cases = cases;
	}

	/** The case, if the actor may see it; tellers see their own only. Unknown and invisible look alike. */
	CaseRow visible(String id, Actor actor) {
		CaseRow row = cases.find(id).orElseThrow(() -> new CaseException(Kind.NOT_FOUND, "case-not-found", id));
		if (!mayView(row, actor)) {
			throw new CaseException(Kind.NOT_FOUND, "case-not-found", id);
		}
		return row;
	}

	boolean mayView(CaseRow row, Actor actor) {
		return actor.seesAll() || row.createdBy().equals(actor.username());
	}

	/** A case its teller may still change: a draft, or returned to them. */
	CaseRow editableByMaker(String id, Actor actor) {
		CaseRow row = visible(id, actor);
		if (!actor.makes() || !row.createdBy().equals(actor.username())) {
			throw new CaseException(Kind.FORBIDDEN, "not-case-maker", id);
		}
		if (!row.state().editableByTeller()) {
			throw new CaseException(Kind.CONFLICT, "not-editable", id, row.state().name());
		}
		return row;
	}

	/** Refuses a verifier who made the case: created it, uploaded or attached any of its documents. */
	void requireChecker(CaseRow row, Actor actor) {
		if (!actor.verifies()) {
			throw new CaseException(Kind.FORBIDDEN, "not-verifier", row.id());
		}
		if (cases.isMaker(row.id(), actor.username())) {
			throw new CaseException(Kind.FORBIDDEN, "maker-checker", row.id());
		}
	}

	/** The case, held by this verifier under a claim; maker-checker checked again on every change. */
	CaseRow heldBy(String id, Actor actor) {
		CaseRow row = visible(id, actor);
		requireChecker(row, actor);
		if (!row.heldBy(actor.username(), Instant.now())) {
			throw new CaseException(Kind.CONFLICT, "not-claim-holder", id,
					row.claimedBy() == null ? "-" : row.claimedBy());
		}
		return row;
	}
}
