package com.onereview.ocr;

/** Text read along a round seal's ring, e.g. the registration authority on a business license. */
public record SealText(String text, double confidence, Box box) {
}
