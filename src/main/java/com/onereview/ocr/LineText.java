package com.onereview.ocr;

import java.util.List;

/** How a line's words become its text: Chinese characters run together, Latin words and numbers keep a space. */
final class LineText {

	private LineText() {
	}

	static String join(List<OcrWord> words) {
		StringBuilder sb = new StringBuilder();
		for (OcrWord word : words) {
			String text = word.text();
			if (text.isEmpty()) {
				continue;
			}
			if (sb.length() > 0 && !(isWide(sb.codePointBefore(sb.length())) && isWide(text.codePointAt(0)))) {
				sb.append(' ');
			}
			sb.append(text);
		}
		return sb.toString();
	}

	/** Han characters and CJK or full-width punctuation, which Chinese writes without spaces. */
	static boolean isWide(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		if (script == Character.UnicodeScript.HAN) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
	}
}
