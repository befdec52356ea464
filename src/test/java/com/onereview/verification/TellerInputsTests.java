package com.onereview.verification;

import java.util.Map;

import com.onereview.extraction.ExtractionIssue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TellerInputsTests {

	@Test
	void validInputsPass() {
		assertThat(TellerInputs.check(Map.of("accountKind", "BASIC", "postcode", "050000", "phone", "0311-86888888",
				"legalRepIdNumber", "11010519491231002X", "bankCode", "313121000010", "depositorCategory", "企业法人")))
			.isEmpty();
	}

	@Test
	void eachBadInputIsNamed() {
		assertThat(TellerInputs.check(Map.of("accountKind", "SAVINGS", "postcode", "05000", "legalRepIdNumber",
				"110105194912310021", "colour", "red")).stream().map(ExtractionIssue::code))
			.containsExactlyInAnyOrder("UNKNOWN_ACCOUNT_KIND", "INVALID_POSTCODE", "CHECKSUM_MISMATCH", "UNKNOWN_INPUT");
	}

	@Test
	void idNumbersAreMaskedForLogs() {
		assertThat(TellerInputs.forLog(Map.of("legalRepIdNumber", "11010519491231002X", "postcode", "050000")))
			.containsEntry("legalRepIdNumber", "1101**********002X")
			.containsEntry("postcode", "050000");
	}
}
