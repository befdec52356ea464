package com.onereview.ocr;

/** One recognised word (for Chinese usually one or a few characters) with confidence 0..1. */
public record OcrWord(String text, double confidence, Box box) {
}
