package com.onereview.verification;

/** One row of {@code case_field}. */
record FieldRow(String caseId, String documentId, String key, String machineValue, Double machineConfidence,
		String machineSource, String boxJson, String issuesJson, String value, String source, FieldStatus status,
		String rekeyedValue, long activeSeconds) {
}
