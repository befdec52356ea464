package com.onereview.ocr;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code onereview.ocr.*}; anything left out takes {@link OcrSettings#defaults()}. */
@Validated
@ConfigurationProperties("onereview.ocr")
record OcrProperties(String tessdataPath, String languages, @Min(1) Integer poolSize, Duration pageTimeout,
		@Min(72) @Max(600) Integer renderDpi, @Min(1) Integer maxPages, @Min(1) Long maxPixelsPerPage,
		@Min(0) @Max(13) Integer psm, OcrEngineType engine) {

	OcrSettings toSettings() {
		OcrSettings d = OcrSettings.defaults();
		return new OcrSettings(blankOr(tessdataPath, d.tessdataPath()), blankOr(languages, d.languages()),
				or(poolSize, d.poolSize()), or(pageTimeout, d.pageTimeout()), or(renderDpi, d.renderDpi()),
				or(maxPages, d.maxPages()), or(maxPixelsPerPage, d.maxPixelsPerPage()), or(psm, d.psm()),
				or(engine, d.engine()));
	}

	private static <T> T or(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private static String blankOr(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
