package com.onereview.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registered capital as licenses print it ({@code 人民币壹仟万元整}, {@code 伍佰万元整}, {@code 人民币1000万元},
 * {@code 100.5万元}, {@code 50万美元}) read into a currency and an amount in 元 with two decimals.
 */
public record RegisteredCapital(String currency, BigDecimal amount) {

	private static final Map<String, String> CURRENCIES = Map.of("美元", "美元", "欧元", "欧元", "港元", "港元",
			"港币", "港元", "日元", "日元", "英镑", "英镑", "人民币", "人民币");

	private static final Pattern FIGURES = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)(万|亿)?");

	/** The reading, or empty when the text is not a capital this parser understands (never a guess). */
	public static Optional<RegisteredCapital> parse(String printed) {
		if (printed == null) {
			return Optional.empty();
		}
		String text = printed.replaceAll("\\s", "").replace("（", "(").replace("）", ")");
		String currency = "人民币";
		for (Map.Entry<String, String> entry : CURRENCIES.entrySet()) {
			if (text.contains(entry.getKey())) {
				currency = entry.getValue();
				// 美元 and the like carry the 元 the amount needs; 人民币/港币/英镑 do not
				text = text.replace(entry.getKey(), entry.getKey().endsWith("元") ? "元" : "");
			}
		}
		text = text.replaceAll("^元", "").replaceAll("[()]", "").replaceAll("整$", "").replaceAll("元$", "");
		String found = currency;
		return amountOf(text).filter(amount -> amount.signum() > 0).map(amount -> new RegisteredCapital(found, amount.setScale(2, RoundingMode.HALF_UP)));
	}

	/** The amount in 元 as the filing wants it: {@code 10000000.00}. */
	public String yuan() {
		return amount.toPlainString();
	}

	private static Optional<BigDecimal> amountOf(String text) {
		Matcher figures = FIGURES.matcher(text);
		if (figures.matches()) {
			BigDecimal value = new BigDecimal(figures.group(1).replace(",", ""));
			return Optional.of(value.multiply(multiplier(figures.group(2))));
		}
		return chinese(text).map(BigDecimal::valueOf);
	}

	private static BigDecimal multiplier(String unit) {
		if (unit == null) {
			return BigDecimal.ONE;
		}
		return unit.equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
	}

	/** Chinese numerals with 拾佰仟 inside 万 and 亿 sections: 壹亿伍仟万 = 150000000. */
	static Optional<Long> chinese(String text) {
		// a bare 万 or 亿 is a unit with no amount, not zero
		if (text.isEmpty() || unitOf(text.charAt(0)) >= 10_000) {
			return Optional.empty();
		}
		long total = 0;
		long section = 0;
		long digit = 0;
		for (char c : text.toCharArray()) {
			int d = digitOf(c);
			if (d >= 0) {
				digit = d;
				continue;
			}
			long unit = unitOf(c);
			if (unit == 0) {
				return Optional.empty();
			}
			if (unit >= 10_000) {
				section = (section + digit) * unit;
				total += section;
				section = 0;
			}
			else {
				section += (digit == 0 ? 1 : digit) * unit;
			}
			digit = 0;
		}
		return Optional.of(total + section + digit);
	}

	private static int digitOf(char c) {
		return switch (c) {
			case '零', '〇' -> 0;
			case '一', '壹' -> 1;
			case '二', '两', '贰' -> 2;
			case '三', '叁' -> 3;
			case '四', '肆' -> 4;
			case '五', '伍' -> 5;
			case '六', '陆' -> 6;
			case '七', '柒' -> 7;
			case '八', '捌' -> 8;
			case '九', '玖' -> 9;
			default -> -1;
		};
	}

	private static long unitOf(char c) {
		return switch (c) {
			case '十', '拾' -> 10;
			case '百', '佰' -> 100;
			case '千', '仟' -> 1000;
			case '万' -> 10_000;
			case '亿' -> 100_000_000;
			default -> 0;
		};
	}
}
