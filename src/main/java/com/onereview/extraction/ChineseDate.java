package com.onereview.extraction;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as printed on Chinese documents: {@code 2019年01月01日}, {@code 2019年1月1日}, full-width digits, OCR spaces. */
public final class ChineseDate {

	private static final Pattern DATE = Pattern.compile("(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?");

	private ChineseDate() {
	}

	/** The first date found in the text, if it is a real calendar date. */
	public static Optional<LocalDate> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = DATE.matcher(compact(text));
		if (!m.find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The whole text as one date, nothing else around it but white space. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || !DATE.matcher(compact(text)).matches()) {
			return Optional.empty();
		}
		return find(text);
	}

	/** NFKC (full-width digits to ASCII) with all white space removed. */
	static String compact(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
	}
}
