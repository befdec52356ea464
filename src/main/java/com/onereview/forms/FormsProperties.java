package com.onereview.forms;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onereview.forms.*}: {@code templates-dir} (default {@code templates}; the copy in the jar when that
 * folder is missing) and {@code fonts}, the font chain tried in order (default {@link FontChain#DEFAULT_FONTS}).
 */
@ConfigurationProperties("onereview.forms")
record FormsProperties(Path templatesDir, List<Path> fonts) {

	FormsProperties {
		templatesDir = templatesDir == null ? Path.of("templates") : templatesDir;
		fonts = fonts == null || fonts.isEmpty() ? FontChain.DEFAULT_FONTS : List.copyOf(fonts);
	}
}
