package com.onereview.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumberTests {

	@Test
	void theCheckCharacterOfGb11643() {
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
		assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
		assertThat(ResidentIdNumber.isValid("130102198506121533")).isTrue();
		assertThat(ResidentIdNumber.problem("440524188001010014")).isEqualTo("BAD_BIRTH_DATE"); // before 1900
		assertThat(ResidentIdNumber.problem("110105194912310021")).isEqualTo("CHECKSUM_MISMATCH");
	}

	@Test
	void malformedNumbersAndImpossibleBirthDates() {
		assertThat(ResidentIdNumber.problem("1101051949123100")).isEqualTo("MALFORMED");
		assertThat(ResidentIdNumber.problem("11010519491231002Y")).isEqualTo("MALFORMED");
		assertThat(ResidentIdNumber.problem("110105194913310020")).isEqualTo("BAD_BIRTH_DATE");
	}

	@Test
	void masksAllButTheFirstAndLastFour() {
		assertThat(ResidentIdNumber.mask("13010119900307123X")).isEqualTo("1301**********123X");
		assertThat(ResidentIdNumber.mask("1234")).isEqualTo("****");
		assertThat(ResidentIdNumber.mask(null)).isNull();
	}
}
