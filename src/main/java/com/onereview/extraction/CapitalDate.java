package com.onereview.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written in capitals on payment forms: {@code 贰零贰肆年零壹月壹拾伍日} (月/日 1, 2, 10, 20, 30 take a leading 零). */
public final class CapitalDate {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final Pattern DATE = Pattern.compile("([零〇壹贰叁肆伍陆柒捌玖]{4})年([零壹贰叁肆伍陆柒捌玖拾]{1,4})月([零壹贰叁肆伍陆柒捌玖拾]{1,4})日");

	private CapitalDate() {
	}

	/** The first date in capitals in the text, if it is a real calendar date. */
	public static Optional<LocalDate> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = DATE.matcher(ChineseDate.compact(text));
		if (!m.find()) {
			return Optional.empty();
		}
		int year = 0;
		for (char c : m.group(1).toCharArray()) {
			year = year * 10 + (c == '〇' ? 0 : DIGITS.indexOf(c));
		}
		int month = small(m.group(2));
		int day = small(m.group(3));
		try {
			return month < 0 || day < 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The date as the payment rules write it, e.g. {@code 贰零贰肆年零壹月壹拾伍日}. */
	public static String format(LocalDate date) {
		StringBuilder sb = new StringBuilder();
		for (char c : String.valueOf(date.getYear()).toCharArray()) {
			sb.append(DIGITS.charAt(c - '0'));
		}
		return sb.append(monthOrDay(date.getMonthValue(), date.getMonthValue() <= 2 || date.getMonthValue() == 10))
			.append('月')
			.append(monthOrDay(date.getDayOfMonth(), date.getDayOfMonth() <= 10 || date.getDayOfMonth() % 10 == 0))
			.append('日')
			.toString()
			.replaceFirst("^(.{4})", "$1年");
	}

	private static String monthOrDay(int n, boolean leadingZero) {
		String s = n < 10 ? String.valueOf(DIGITS.charAt(n))
				: DIGITS.charAt(n / 10) + "拾" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
		return leadingZero ? "零" + s : s;
	}

	/** 零壹 → 1, 壹拾伍 → 15, 拾伍 → 15, 零叁拾 → 30; -1 for anything else. */
	private static int small(String s) {
		String t = s.startsWith("零") ? s.substring(1) : s;
		int ten = t.indexOf('拾');
		if (ten < 0) {
			return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
		}
		int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
		String rest = t.substring(ten + 1);
		int units = rest.isEmpty() ? 0 : rest.length() == 1 ? DIGITS.indexOf(rest.charAt(0)) : -1;
		return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
	}
}
