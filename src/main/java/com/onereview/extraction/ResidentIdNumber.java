package com.onereview.extraction;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The 18-character resident identity number of GB 11643-1999: region, birth date, sequence and a check
 * character (ISO 7064 MOD 11-2, {@code X} for 10) over the first 17 digits.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIdNumber() {
	}

	/** NFKC, upper case, white space removed. */
	public static String clean(String raw) {
		return Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** Why the number is not valid: {@code MALFORMED}, {@code BAD_BIRTH_DATE}, {@code CHECKSUM_MISMATCH}; null when valid. */
	public static String problem(String raw) {
		String id = raw == null ? "" : clean(raw);
		if (!id.matches("\\d{17}[\\dX]")) {
			return "MALFORMED";
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			if (birth.getYear() < 1900) {
				return "BAD_BIRTH_DATE";
			}
		}
		catch (DateTimeException ex) {
			return "BAD_BIRTH_DATE";
		}
		return checkCharacter(id) == id.charAt(17) ? null : "CHECKSUM_MISMATCH";
	}

	public static boolean isValid(String raw) {
		return problem(raw) == null;
	}

	/** For logs: the first and last four characters, the rest starred ({@code 1301**********123X}). */
	public static String mask(String raw) {
		if (raw == null) {
			return null;
		}
		String id = clean(raw);
		if (id.length() <= 8) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
	}
}
