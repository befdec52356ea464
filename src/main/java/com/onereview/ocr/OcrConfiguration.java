package com.onereview.ocr;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page OCR engine ({@code onereview.ocr.engine}), the line re-reader and the document reader as Spring beans, closed (Tesseract handles freed) at shutdown. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OcrProperties.class)
class OcrConfiguration {

	@Bean
	OcrSettings ocrSettings(OcrProperties properties) {
		return properties.toSettings();
	}

	@Bean(destroyMethod = "close")
	OcrEngine ocrEngine(OcrSettings settings) {
		return DocumentReaders.engine(settings);
	}

	@Bean(destroyMethod = "close")
	LineReader lineReader(OcrSettings settings) {
		return DocumentReaders.lineReader(settings);
	}

	@Bean(destroyMethod = "close")
	DocumentReader documentReader(OcrSettings settings, OcrEngine engine) {
		return DocumentReaders.create(settings, engine);
	}
}
