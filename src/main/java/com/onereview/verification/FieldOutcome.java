package com.onereview.verification;

import java.util.List;

import com.onereview.extraction.ExtractionIssue;

/**
 * What a field action did.
 * @param field the field as it now stands (machine value shown only once it may be)
 * @param match for a re-key: whether the typed value matched the machine's; null otherwise
 * @param issues validation issues of a corrected value (accepted only with override)
 */
public record FieldOutcome(CaseField field, Boolean match, List<ExtractionIssue> issues) {
}
