package com.onereview.verification;

import java.util.List;

import com.onereview.extraction.ExtractionIssue;
import com.onereview.ocr.Box;

/**
 * A field of a case as the API and screens show it. While the status is REKEY neither {@code value} nor
 * {@code machineValue} is filled: the verifier must type it blind.
 * @param value the current value (null while REKEY or MISSING)
 * @param machineValue what the machine read; withheld while REKEY
 * @param rekeyedValue what the verifier typed blind, when it differed (CONFLICT)
 */
public record CaseField(String documentId, String key, FieldStatus status, String value, String source,
		String machineValue, Double confidence, String rekeyedValue, Box box, List<ExtractionIssue> issues,
		long activeSeconds) {
}
