package com.onereview.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartNameTests {

	@Test
	void aPartIsNamedByItsFileAndPages() {
		assertThat(DocumentProcessor.partName("scan.pdf", List.of(3))).isEqualTo("scan.pdf (p. 3)");
		assertThat(DocumentProcessor.partName("scan.pdf", List.of(2, 3))).isEqualTo("scan.pdf (p. 2–3)");
	}

	@Test
	void aLongFileNameIsCutToLeaveThePages() {
		String name = DocumentProcessor.partName("x".repeat(255), List.of(12));
		assertThat(name).hasSize(255).endsWith("x (p. 12)");
	}
}
