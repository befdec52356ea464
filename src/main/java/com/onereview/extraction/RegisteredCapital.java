package com.onereview.extraction;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registered capital as printed ({@code 人民币壹仟万元整}, {@code 1000万元}, {@code 美元50.0000万}) parsed into an
 * amount in yuan (or the named currency's unit) and a currency: the filing asks for 元, licenses print 万元.
 */
record RegisteredCapital(BigDecimal amount, String currency) {

	private static final Pattern SHAPE = Pattern
		.compile("^(人民币|美元|港币|港元|欧元|日元)?(\\d+(?:\\.\\d+)?|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)(万)?(元|圆)?(整|正)?(人民币)?$");

	static Optional<RegisteredCapital> parse(String printed) {
		if (printed == null) {
			return Optional.empty();
		}
		Matcher m = SHAPE.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
		if (!m.matches()) {
			return Optional.empty();
		}
		String currency = m.group(1) != null ? currency(m.group(1)) : "CNY";
		Optional<BigDecimal> number = m.group(2).matches("[\\d.]+") ? Optional.of(new BigDecimal(m.group(2)))
				: AmountInWords.parse(m.group(2) + "元整");
		BigDecimal scale = m.group(3) != null ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
		return number.filter(n -> n.signum() > 0).map(n -> new RegisteredCapital(n.multiply(scale).stripTrailingZeros(), currency));
	}

	private static String currency(String word) {
		return switch (word) {
			case "美元" -> "USD";
			case "港币", "港元" -> "HKD";
			case "欧元" -> "EUR";
			case "日元" -> "JPY";
			default -> "CNY";
		};
	}
}
