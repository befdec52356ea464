package com.onereview.extraction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A license's 营业期限: {@code 2017年01月04日至长期}, {@code 长期}, {@code A至B}, {@code …至不约定期限}.
 * @param start the first day, {@code null} when not printed
 * @param end the last day, {@code null} when unlimited
 * @param unlimited 长期 / 不约定期限 / 永久
 */
public record BusinessTerm(LocalDate start, LocalDate end, boolean unlimited) {

	/** The normalized end as CONTRACT.md writes it: ISO date or {@code 长期}. */
	public String endValue() {
		return unlimited ? "长期" : end == null ? null : end.toString();
	}

	/** Parses a term; empty when neither part can be read. */
	public static Optional<BusinessTerm> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = ChineseDate.compact(text);
		int to = s.indexOf('至');
		String left = to < 0 ? s : s.substring(0, to);
		String right = to < 0 ? "" : s.substring(to + 1);
		if (to < 0 && isUnlimited(left)) {
			return Optional.of(new BusinessTerm(null, null, true));
		}
		Optional<LocalDate> start = ChineseDate.parse(left);
		if (to < 0) {
			return start.map(d -> new BusinessTerm(d, null, false));
		}
		if (isUnlimited(right)) {
			return start.map(d -> new BusinessTerm(d, null, true));
		}
		Optional<LocalDate> end = ChineseDate.parse(right);
		if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
			return Optional.empty();
		}
		return Optional.of(new BusinessTerm(start.get(), end.get(), false));
	}

	private static boolean isUnlimited(String s) {
		return s.equals("长期") || s.equals("不约定期限") || s.equals("永久") || s.equals("长期有效");
	}
}
