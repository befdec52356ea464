package com.onereview.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Amounts in Chinese capitals (大写金额) as the payment rules write them: parsed only when the text is one of the
 * valid spellings of its value (DOMAIN.md: one 零 per run of zeros, optional 零 around a zero 万 or 元 digit,
 * 整 after 元, optional after 角, never after 分; 圆/正 as 元/整; a 人民币 prefix).
 */
public final class AmountInWords {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] SMALL_UNITS = { "", "拾", "佰", "仟" };

	private static final String[] SECTION_UNITS = { "", "万", "亿" };

	private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

	private AmountInWords() {
	}

	/** The amount, when the text is a valid spelling of it; empty for anything else. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = strip(text);
		Optional<Long> cents = looseCents(s);
		if (cents.isEmpty() || cents.get() <= 0) {
			return Optional.empty();
		}
		BigDecimal value = BigDecimal.valueOf(cents.get(), 2);
		return spellings(value).contains(s) ? Optional.of(value) : Optional.empty();
	}

	/** The canonical spelling (no optional 零, 元 and 整), e.g. {@code 壹仟肆佰零玖元伍角}. */
	public static String format(BigDecimal amount) {
		return spellings(amount).get(0);
	}

	/** Every valid spelling with 元 and 整 (no 圆/正, no prefix), the canonical one first. */
	public static List<String> spellings(BigDecimal amount) {
		BigDecimal a = amount.setScale(2, RoundingMode.UNNECESSARY);
		if (a.signum() <= 0 || a.compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("Amount out of range: " + amount);
		}
		long cents = a.movePointRight(2).longValueExact();
		long yuan = cents / 100;
		int jiao = (int) (cents / 10 % 10);
		int fen = (int) (cents % 10);
		Set<String> out = new LinkedHashSet<>();
		for (String integer : integerSpellings(yuan)) {
			for (String fraction : fractionSpellings(yuan, jiao, fen)) {
				out.add(integer + fraction);
			}
		}
		return new ArrayList<>(out);
	}

	/** NFKC, no white space, no 人民币/(大写) prefix, 圆→元, 正→整. */
	static String strip(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
		s = s.replaceFirst("^人民币", "").replaceFirst("^\\(?大写\\)?[:]?", "").replaceFirst("^[:]", "");
		return s.replace('圆', '元').replace('正', '整');
	}

	private static List<String> fractionSpellings(long yuan, int jiao, int fen) {
		List<String> out = new ArrayList<>();
		String yuanMark = yuan > 0 ? "元" : "";
		if (jiao == 0 && fen == 0) {
			out.add(yuanMark + "整");
			return out;
		}
		String tail = (jiao > 0 ? DIGITS.charAt(jiao) + "角" : "零") + (fen > 0 ? DIGITS.charAt(fen) + "分" : "");
		if (yuan == 0) {
			tail = (jiao > 0 ? DIGITS.charAt(jiao) + "角" : "") + (fen > 0 ? DIGITS.charAt(fen) + "分" : "");
		}
		out.add(yuanMark + tail);
		if (fen == 0) {
			out.add(yuanMark + tail + "整");
		}
		if (yuan > 0 && yuan % 10 == 0 && jiao > 0) {
			// a zero 元 digit before a non-zero 角: 零 optional
			out.add(yuanMark + "零" + tail);
			if (fen == 0) {
				out.add(yuanMark + "零" + tail + "整");
			}
		}
		return out;
	}

	/** The integer part; a zero run ending on the 万 or 亿 digit before a non-zero 仟 may take a 零 or not. */
	private static List<String> integerSpellings(long yuan) {
		if (yuan == 0) {
			return List.of("");
		}
		String digits = Long.toString(yuan);
		int n = digits.length();
		List<Integer> optional = new ArrayList<>();
		for (int p = 4; p < n; p += 4) {
			// digit at position p (counted from 元 = 0) is zero and the next lower (仟) is not
			if (digit(digits, p) == 0 && digit(digits, p - 1) != 0 && sectionHasNonZeroAbove(digits, p)) {
				optional.add(p);
			}
		}
		List<String> out = new ArrayList<>();
		for (int mask = 0; mask < 1 << optional.size(); mask++) {
			Set<Integer> withZero = new java.util.HashSet<>();
			for (int i = 0; i < optional.size(); i++) {
				if ((mask & 1 << i) != 0) {
					withZero.add(optional.get(i));
				}
			}
			out.add(integer(digits, optional, withZero));
		}
		return out;
	}

	private static String integer(String digits, List<Integer> optional, Set<Integer> withZero) {
		int n = digits.length();
		StringBuilder sb = new StringBuilder();
		boolean pendingZero = false;
		boolean sectionHasDigit = false;
		for (int p = n - 1; p >= 0; p--) {
			int d = digit(digits, p);
			if (d == 0) {
				pendingZero = sb.length() > 0;
			}
			else {
				if (pendingZero && (!optional.contains((p + 1)) || withZero.contains((p + 1)))) {
					sb.append('零');
				}
				pendingZero = false;
				sb.append(DIGITS.charAt(d)).append(SMALL_UNITS[p % 4]);
				sectionHasDigit = true;
			}
			if (p % 4 == 0 && p > 0) {
				if (sectionHasDigit) {
					sb.append(SECTION_UNITS[p / 4]);
				}
				sectionHasDigit = false;
			}
		}
		return sb.toString();
	}

	private static boolean sectionHasNonZeroAbove(String digits, int p) {
		// only within the same section: 壹亿零柒仟 keeps its 零
		for (int q = p + 1; q < Math.min(digits.length(), p + 4); q++) {
			if (digit(digits, q) != 0) {
				return true;
			}
		}
		return false;
	}

	private static int digit(String digits, int position) {
		return digits.charAt(digits.length() - 1 - position) - '0';
	}

	/** Reads the value without judging the spelling; empty on characters that are not part of an amount. */
	private static Optional<Long> looseCents(String s) {
		long total = 0;
		long section = 0;
		long number = 0;
		long cents = 0;
		for (char c : s.toCharArray()) {
			int d = DIGITS.indexOf(c);
			if (d >= 0) {
				number = d;
				continue;
			}
			switch (c) {
				case '拾' -> section += (number == 0 ? 1 : number) * 10;
				case '佰' -> section += number * 100;
				case '仟' -> section += number * 1000;
				case '万' -> total += (section + number) * 10_000;
				case '亿' -> total = (total + section + number) * 100_000_000;
				case '元' -> total += section + number;
				case '角' -> cents += number * 10;
				case '分' -> cents += number;
				case '整' -> {
				}
				default -> {
					return Optional.empty();
				}
			}
			number = 0;
			if (c == '万' || c == '亿' || c == '元') {
				section = 0;
			}
		}
		return number != 0 || total > 999_999_999_999L ? Optional.empty() : Optional.of(total * 100 + cents);
	}
}
