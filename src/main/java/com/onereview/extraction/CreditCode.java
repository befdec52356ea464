package com.onereview.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The unified social credit code of GB 32100-2015: 18 characters, a check character over the first 17,
 * and the GB 11714 organisation code (positions 9–17) with its own check.
 */
public final class CreditCode {

	/** The 31 characters a code may contain, valued 0..30 in this order. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/** Characters OCR confuses with one another. */
	private static final String[] CONFUSIONS = { "0ODQ", "1IL", "2Z", "5S", "8B", "6G", "UV" };

	private CreditCode() {
	}

	/** Upper case, NFKC (full-width letters and digits), white space removed. */
	public static String clean(String raw) {
		String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		return s.replaceAll("\\s+", "");
	}

	/** The check character for the first 17 characters, or {@code '?'} when one is outside the alphabet. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = ALPHABET.indexOf(first17.charAt(i));
			if (v < 0) {
				return '?';
			}
			sum += v * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** Whether the code has 18 characters of the alphabet, digits for the region, and a matching check character. */
	public static boolean isValid(String code) {
		if (code == null || code.length() != 18 || !structureOk(code)) {
			return false;
		}
		return checkCharacter(code) == code.charAt(17);
	}

	/** Whether positions 9–17 pass the GB 11714 organisation-code check. */
	public static boolean organisationCodeValid(String code) {
		if (code == null || code.length() < 17) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int v = orgValue(code.charAt(8 + i));
			if (v < 0) {
				return false;
			}
			sum += v * ORG_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		char expected = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
		return code.charAt(16) == expected;
	}

	/** The organisation code's check character for its first 8 characters. */
	public static char organisationCheckCharacter(String first8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += orgValue(first8.charAt(i)) * ORG_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

	/**
	 * Reads a code as OCR saw it: valid as is, repaired when exactly one minimal set of OCR-confusion
	 * substitutions makes it valid, otherwise a check mismatch or malformed.
	 */
	public static CreditCodeReading read(String raw) {
		String code = clean(raw == null ? "" : raw);
		if (code.length() != 18) {
			return new CreditCodeReading(code, code, CreditCodeReading.Status.MALFORMED, '?');
		}
		if (isValid(code)) {
			return new CreditCodeReading(code, code, CreditCodeReading.Status.VALID, code.charAt(17));
		}
		List<String> repairs = repairs(code);
		if (repairs.size() == 1) {
			return new CreditCodeReading(code, repairs.get(0), CreditCodeReading.Status.REPAIRED, repairs.get(0).charAt(17));
		}
		char expected = checkCharacter(code);
		CreditCodeReading.Status status = expected == '?' || !structureOk(code) ? CreditCodeReading.Status.MALFORMED
				: CreditCodeReading.Status.CHECK_MISMATCH;
		return new CreditCodeReading(code, code, status, expected);
	}

	/** Valid codes reachable with the fewest substitutions: forced ones first, then one optional more. */
	static List<String> repairs(String code) {
		List<String> base = new ArrayList<>();
		base.add("");
		List<Integer> optional = new ArrayList<>();
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			Set<Character> alternatives = alternatives(c, i);
			List<String> next = new ArrayList<>();
			if (allowed(c, i)) {
				if (!alternatives.isEmpty()) {
					optional.add(i);
				}
				for (String b : base) {
					next.add(b + c);
				}
			}
			else {
				for (String b : base) {
					for (char a : alternatives) {
						next.add(b + a);
					}
				}
			}
			base = next;
			if (base.isEmpty()) {
				return List.of();
			}
		}
		Set<String> valid = new LinkedHashSet<>();
		for (String b : base) {
			if (isRepairValid(b)) {
				valid.add(b);
			}
		}
		if (!valid.isEmpty()) {
			return List.copyOf(valid);
		}
		for (String b : base) {
			for (int i : optional) {
				for (char a : alternatives(code.charAt(i), i)) {
					String candidate = b.substring(0, i) + a + b.substring(i + 1);
					if (isRepairValid(candidate)) {
						valid.add(candidate);
					}
				}
			}
		}
		return List.copyOf(valid);
	}

	/** A repair must pass both checks, so that a lucky substitution is rarer. */
	private static boolean isRepairValid(String candidate) {
		return isValid(candidate) && organisationCodeValid(candidate);
	}

	private static Set<Character> alternatives(char c, int position) {
		Set<Character> result = new LinkedHashSet<>();
		for (String group : CONFUSIONS) {
			if (group.indexOf(c) >= 0) {
				for (char a : group.toCharArray()) {
					if (a != c && allowed(a, position)) {
						result.add(a);
					}
				}
			}
		}
		return result;
	}

	private static boolean allowed(char c, int position) {
		if (position == 0) {
			return "123456789ANY".indexOf(c) >= 0;
		}
		if (position == 1) {
			return c >= '1' && c <= '9';
		}
		if (position >= 2 && position <= 7) {
			return c >= '0' && c <= '9';
		}
		return ALPHABET.indexOf(c) >= 0;
	}

	private static boolean structureOk(String code) {
		for (int i = 0; i < 18; i++) {
			if (!allowed(code.charAt(i), i)) {
				return false;
			}
		}
		return true;
	}

	private static int orgValue(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'Z') {
			return c - 'A' + 10;
		}
		return -1;
	}
}
