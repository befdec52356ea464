package com.onereview.extraction;

/** Something a verifier must look at, e.g. {@code CHECKSUM_MISMATCH} on {@code creditCode}. */
public record ExtractionIssue(String field, String code, String message) {
}
