package com.onereview.extraction;

import com.onereview.ocr.LineReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The field extractor as a Spring bean; the command line builds the same one through {@link FieldExtractors}. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean
	FieldExtractor fieldExtractor(LineReader lineReader) {
		return FieldExtractors.create(lineReader);
	}
}
