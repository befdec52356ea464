package com.onereview.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * When OCR drops a label (letter-spaced bold labels often vanish), finds the value by what it looks like:
 * a date alone, a term with 至, an amount, an address. Used only for missing labels, at lower confidence.
 */
final class ContentFallback {

	private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

	private final List<List<Glyph>> segments = new ArrayList<>();

	ContentFallback(List<Glyph> glyphs, int pageHeight) {
		// split each OCR line where a gap wider than three characters separates the two columns
		int lines = glyphs.stream().mapToInt(Glyph::line).max().orElse(-1) + 1;
		for (int l = 0; l < lines; l++) {
			int line = l;
			List<Glyph> current = new ArrayList<>();
			Glyph previous = null;
			for (Glyph g : glyphs.stream().filter(x -> x.line() == line).toList()) {
				if (previous != null && g.box().x() - previous.box().right() > 3 * Math.max(g.box().h(), 30)) {
					add(current, pageHeight);
					current = new ArrayList<>();
				}
				current.add(g);
				previous = g;
			}
			add(current, pageHeight);
		}
	}

	private void add(List<Glyph> segment, int pageHeight) {
		// the fields sit between the credit code and the seal
		if (!segment.isEmpty() && segment.get(0).box().y() > pageHeight / 4 && segment.get(0).box().y() < pageHeight * 3 / 4) {
			segments.add(segment);
		}
	}

	List<Glyph> find(LicenseLabel label) {
		Predicate<String> p = switch (label) {
			case ESTABLISHED -> t -> DATE_ONLY.matcher(dateChars(t)).matches() && !t.contains("至");
			case TERM -> t -> t.contains("至") && (t.contains("长期") || t.matches(".*\\d{4}年.*\\d{4}年.*"));
			case CAPITAL -> t -> t.matches("^(人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万\\d.]+万?(元|圆)整?$");
			case ADDRESS -> t -> t.matches(".*[省市].*(区|县).*(路|街|道|号).*");
			case NAME -> t -> t.matches("^\\p{IsHan}{4,30}(公司|厂|中心)$");
			default -> t -> false;
		};
		for (List<Glyph> segment : segments) {
			StringBuilder sb = new StringBuilder();
			segment.forEach(g -> sb.append(g.c()));
			String text = Normalizer.normalize(LicenseReading.clean(sb.toString()), Normalizer.Form.NFKC);
			if (p.test(text)) {
				return segment;
			}
		}
		return List.of();
	}

	private static String dateChars(String s) {
		return s.replaceAll("[^0-9年月日至长期]", "");
	}
}
