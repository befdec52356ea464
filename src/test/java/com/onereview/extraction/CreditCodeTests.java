package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110108700338416R", "91110108MA01EBFH9B" })
	void realCodesPass(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
		assertThat(CreditCode.organisationCodeValid(code)).isTrue();
		assertThat(CreditCode.read(code).status()).isEqualTo(CreditCodeReading.Status.VALID);
	}

	@Test
	void workedExampleCheckCharacterIsThree() {
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void fujianPilotCodeFailsTheCheckAndIsNotRepaired() {
		CreditCodeReading r = CreditCode.read("91350100M0001TGQXM");
		assertThat(r.status()).isEqualTo(CreditCodeReading.Status.CHECK_MISMATCH);
		assertThat(r.code()).isEqualTo("91350100M0001TGQXM");
	}

	@Test
	void letterOForZeroIsRepaired() {
		CreditCodeReading r = CreditCode.read("91350100MO00100Y43");
		assertThat(r.status()).isEqualTo(CreditCodeReading.Status.REPAIRED);
		assertThat(r.code()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void checkCharacterReadAsEightForBIsRepaired() {
		assertThat(CreditCode.read("91110108MA01EBFH98").code()).isEqualTo("91110108MA01EBFH9B");
	}

	@Test
	void misreadingThatIsNoKnownConfusionIsNotRepaired() {
		// 7 for 1 is not an OCR confusion we repair: the check fails and the code is reported as read
		CreditCodeReading r = CreditCode.read("91110108MA07EBFH9B");
		assertThat(r.status()).isEqualTo(CreditCodeReading.Status.CHECK_MISMATCH);
		assertThat(r.code()).isEqualTo("91110108MA07EBFH9B");
	}

	@Test
	void unreadableCharacterIsNotGuessed() {
		// a character outside every confusion group is not guessed, even though some value would pass
		assertThat(CreditCode.repairs("91110108MA01EBFH9?")).isEmpty();
		assertThat(CreditCode.read("91110108MA01EBFH9?").status()).isNotEqualTo(CreditCodeReading.Status.REPAIRED);
	}

	@Test
	void fullWidthAndSpacesAreCleaned() {
		assertThat(CreditCode.read("９１１１０１０８ 700338416R").status()).isEqualTo(CreditCodeReading.Status.VALID);
	}
}
