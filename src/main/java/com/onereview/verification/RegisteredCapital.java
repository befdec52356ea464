package com.onereview.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A license's registered capital as an amount: {@code 人民币壹仟万元整} → 10000000.00 CNY, {@code 伍佰万元整},
 * {@code 人民币1000万元}, {@code 美元50万元} → 500000.00 USD. Chinese numerals (capital or common) or digits,
 * 万 and 亿 as units, the currency from a 人民币/美元/港元/欧元 prefix or suffix (人民币 when none). The one
 * parser of capital: verification derives from it, forms and filing use those derived values.
 * @param currency ISO 4217 code (CNY, USD, HKD, EUR, JPY, GBP)
 */
public record RegisteredCapital(BigDecimal amount, String currency) {

	private static final Map<String, String> CURRENCIES = Map.of("人民币", "CNY", "美元", "USD", "港元", "HKD", "港币",
			"HKD", "欧元", "EUR", "日元", "JPY", "英镑", "GBP");

	/** The currency's name as Chinese forms print it. */
	private static final Map<String, String> NAMES = Map.of("CNY", "人民币", "USD", "美元", "HKD", "港元", "EUR", "欧元",
			"JPY", "日元", "GBP", "英镑");

	private static final Pattern FIGURES = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(万|亿)?");

	private static final String NUMERALS = "零〇壹一贰二两叁三肆四伍五陆六柒七捌八玖九";

	private static final int[] NUMERAL_VALUES = { 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9 };

	/** The amount and currency, or empty when the text is not a capital this parser understands. */
	public static Optional<RegisteredCapital> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,，]+", "");
		String currency = "CNY";
		for (Map.Entry<String, String> entry : CURRENCIES.entrySet()) {
			if (s.contains(entry.getKey())) {
				currency = entry.getValue();
				s = s.replace(entry.getKey(), "");
			}
		}
		s = s.replaceAll("[()（）]", "").replaceAll("整$", "").replaceAll("元$", "").replace("圆", "");
		Matcher figures = FIGURES.matcher(s);
		Optional<BigDecimal> amount;
		if (figures.matches()) {
			amount = Optional.of(new BigDecimal(figures.group(1)).multiply(unit(figures.group(2))));
		}
		else {
			amount = chinese(s);
		}
		String code = currency;
		return amount.filter(value -> value.signum() > 0)
			.map(value -> new RegisteredCapital(value.setScale(2, RoundingMode.HALF_UP), code));
	}

	/** The currency as the bank's forms name it: 人民币, 美元, 港元, … */
	public String currencyName() {
		return NAMES.get(currency);
	}

	private static BigDecimal unit(String unit) {
		if (unit == null) {
			return BigDecimal.ONE;
		}
		return unit.equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
	}

	/** Chinese numerals with 拾佰仟 inside sections and 万亿 between them. */
	static Optional<BigDecimal> chinese(String s) {
		if (s.isEmpty()) {
			return Optional.empty();
		}
		long total = 0;
		long section = 0;
		long number = 0;
		for (char c : s.toCharArray()) {
			int numeral = NUMERALS.indexOf(c);
			if (numeral >= 0) {
				number = NUMERAL_VALUES[numeral];
				continue;
			}
			switch (c) {
				case '拾', '十' -> section += (number == 0 ? 1 : number) * 10;
				case '佰', '百' -> section += number * 100;
				case '仟', '千' -> section += number * 1000;
				case '万' -> {
					total += (section + number) * 10_000;
					section = 0;
				}
				case '亿' -> {
					total = (total + section + number) * 100_000_000;
					section = 0;
				}
				default -> {
					return Optional.empty();
				}
			}
			number = 0;
		}
		return Optional.of(BigDecimal.valueOf(total + section + number));
	}
}
