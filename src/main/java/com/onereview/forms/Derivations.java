package com.onereview.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The derived values a mapping may name ({@code derived: regionCode}). Each is computed from the form data
 * and is empty when what it needs is not there: nothing is invented.
 */
public final class Derivations {

	/** The bank's date format on forms. */
	public static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

	static final Set<String> NAMES = Set.of("registeredCapitalYuan", "registeredCapitalCurrency", "regionCode",
			"proofDocumentType", "proofDocumentNumber", "proofDocumentExpiry", "today", "openingDate");

	private final Map<String, Function<FormData, Optional<String>>> functions;

	public Derivations(Clock clock) {
		Function<FormData, Optional<String>> today = data -> Optional.of(LocalDate.now(clock).format(FORM_DATE));
		this.functions = Map.of(
				"registeredCapitalYuan", data -> capital(data).map(RegisteredCapital::yuan),
				"registeredCapitalCurrency", data -> capital(data).map(RegisteredCapital::currency),
				"regionCode", Derivations::regionCode,
				// the proof document of a depositor with a license is the license itself
				"proofDocumentType", data -> field(data, "creditCode").map(code -> "营业执照"),
				"proofDocumentNumber", data -> field(data, "creditCode"),
				"proofDocumentExpiry", data -> field(data, "businessTermEnd"),
				"today", today,
				"openingDate", today);
	}

	/** The value of derived function {@code name}; {@code name} must be one of {@link #NAMES}. */
	public Optional<String> apply(String name, FormData data) {
		Function<FormData, Optional<String>> function = functions.get(name);
		if (function == null) {
			throw new IllegalArgumentException("unknown derived value " + name);
		}
		return function.apply(data);
	}

	/** Region code: characters 3–8 (1-based) of an 18-character credit code. */
	static Optional<String> regionCode(FormData data) {
		return field(data, "creditCode").filter(code -> code.length() == 18).map(code -> code.substring(2, 8));
	}

	private static Optional<RegisteredCapital> capital(FormData data) {
		return field(data, "registeredCapital").flatMap(RegisteredCapital::parse);
	}

	private static Optional<String> field(FormData data, String key) {
		return Optional.ofNullable(data.fields().get(key));
	}
}
