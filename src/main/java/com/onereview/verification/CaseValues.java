package com.onereview.verification;

import java.util.Map;

/**
 * A case's values as they stand now, for previews: the license's current values (a REKEY or CONFLICT field has
 * none: its machine value is never shown before the re-key), the teller's inputs, and what derives from them.
 * @param kind the case's kind; for a draft, the kind its first document will give it (null without documents)
 * @param license field key → current value of the case's first business license; empty without one
 */
public record CaseValues(String caseId, CaseKind kind, CaseState state, Map<String, String> license,
		Map<String, String> inputs, Map<String, String> derived) {
}
