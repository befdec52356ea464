package com.onereview.forms;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A character no configured font can draw stops the fill, naming the field and the character. */
class MissingGlyphTests {

	private final FormFiller filler = FormFixtures.filler();

	@Test
	void anExtensionBCharacterTheFontsLackIsAnErrorNotABlank() {
		// 𠮷 (U+20BB7, CJK extension B) is in real names; Droid Sans Fallback stops at extension A
		FormData data = FormFixtures.data(Map.of("companyName", "𠮷祥物流有限公司"), Map.of());
		assertThatThrownBy(() -> filler.fill(FormFixtures.template("account-opening"), data, FillOptions.plain()))
			.isInstanceOf(MissingGlyphException.class)
			.hasMessageContaining("field depositorName")
			.hasMessageContaining("'𠮷' (U+20BB7)")
			.satisfies(ex -> assertThat(((MissingGlyphException) ex).codePoint()).isEqualTo(0x20BB7));
	}

	@Test
	void aPrivateUseCharacterFromAnInputIsNamedWithItsField() {
		FormData data = FormFixtures.data(Map.of(), Map.of("controllingShareholder", "张\uE000"));
		assertThatThrownBy(() -> filler.fill(FormFixtures.template("account-opening"), data, FillOptions.plain()))
			.isInstanceOf(MissingGlyphException.class)
			.hasMessageContaining("field controllingShareholder").hasMessageContaining("U+E000");
	}

	@Test
	void aValueTooLongForItsBoxesIsRefused() {
		FormData data = FormFixtures.data(Map.of(), Map.of("postcode", "0500001"));
		assertThatThrownBy(() -> filler.fill(FormFixtures.template("pbc-filing"), data, FillOptions.plain()))
			.isInstanceOf(FormFillException.class).hasMessageContaining("postcode").hasMessageContaining("at most 6");
	}
}
