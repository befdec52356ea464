package com.onereview.verification;

import java.util.Set;

/** Where one field of a case stands in verification (docs/adr/0006-case-model.md). */
public enum FieldStatus {
	/** Confident machine reading without issues; approving confirms it. */
	ACCEPTED,
	/** Needs a blind re-key; the machine value is withheld until then. */
	REKEY,
	/** The re-key differed from the machine: both shown, the verifier picks or types. */
	CONFLICT,
	/** Re-key matched, or explicitly confirmed. */
	CONFIRMED,
	/** Typed by the verifier. */
	CORRECTED,
	/** No machine value: must be typed or confirmed empty. */
	MISSING;

	/** The statuses that block approval. */
	public static final Set<FieldStatus> OPEN = Set.of(REKEY, CONFLICT, MISSING);
}
