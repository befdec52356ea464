package com.onereview.extraction;

import java.util.Map;

/**
 * Characters chi_sim mistakes for the capitals of amounts and dates (叁 read as 参, 仟 as 什 …). Repairs are only
 * guesses: a repaired amount is trusted only when it equals the amount in figures.
 */
final class CapitalConfusions {

	private static final Map<Character, Character> REPAIRS = Map.ofEntries(Map.entry('参', '叁'), Map.entry('叄', '叁'),
			Map.entry('什', '仟'), Map.entry('仔', '仟'), Map.entry('千', '仟'), Map.entry('伯', '佰'), Map.entry('百', '佰'),
			Map.entry('十', '拾'), Map.entry('式', '贰'), Map.entry('武', '贰'), Map.entry('贡', '贰'), Map.entry('肄', '肆'),
			Map.entry('五', '伍'), Map.entry('六', '陆'), Map.entry('柴', '柒'), Map.entry('染', '柒'), Map.entry('业', '柒'),
			Map.entry('扒', '捌'), Map.entry('玫', '玖'), Map.entry('政', '玖'), Map.entry('过', '壹'), Map.entry('壶', '壹'),
			Map.entry('查', '壹'), Map.entry('壸', '壹'), Map.entry('囝', '圆'), Map.entry('园', '圆'), Map.entry('〇', '零'),
			Map.entry('雯', '零'), Map.entry('方', '万'), Map.entry('融', '贰'), Map.entry('乱', '贰'), Map.entry('需', '贰'),
			Map.entry('于', '贰'), Map.entry('禹', '贰'), Map.entry('类', '柒'), Map.entry('娄', '柒'), Map.entry('沫', '柒'),
			Map.entry('抽', '捌'), Map.entry('哇', '肆'), Map.entry('个', '佰'), Map.entry('索', '壹'), Map.entry('天', '贰'),
			Map.entry('拥', '捌'), Map.entry('揽', '捌'), Map.entry('制', '捌'), Map.entry('作', '仟'), Map.entry('夸', '贰'),
			Map.entry('米', '柒'), Map.entry('束', '整'), Map.entry('会', '叁'), Map.entry('傣', '叁'),
			Map.entry('吉', '壹'));

	private CapitalConfusions() {
	}

	/** The text with each known look-alike replaced, everything else kept. */
	static String replace(String text) {
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			sb.append(REPAIRS.getOrDefault(c, c));
		}
		return sb.toString();
	}

	/**
	 * How far an OCR reading is from a spelling: a look-alike or an exact character costs nothing, an unreadable
	 * (non-capital) character or a missing or extra one costs 1, a different capital contradicts (cost 100).
	 */
	static int distance(String read, String spelling) {
		String a = replace(read).replaceAll("[^\\p{IsHan}]", "").replace('圆', '元').replace('正', '整');
		int[][] d = new int[a.length() + 1][spelling.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= spelling.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				char x = a.charAt(i - 1);
				char y = spelling.charAt(j - 1);
				int sub = x == y ? 0 : VoucherReading.isCapital(x) ? 100 : 1;
				d[i][j] = Math.min(d[i - 1][j - 1] + sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
			}
		}
		return d[a.length()][spelling.length()];
	}
	static String repair(String text) {
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			char r = REPAIRS.getOrDefault(c, c);
			if (VoucherReading.isCapital(r)) {
				sb.append(r);
			}
		}
		return sb.toString();
	}
}
