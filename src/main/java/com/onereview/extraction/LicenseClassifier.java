package com.onereview.extraction;

import java.util.Comparator;
import java.util.List;

import com.onereview.ocr.PageText;

/** Tells a business license by its title and labels, loose enough for letter-spaced OCR. */
final class LicenseClassifier {

	private static final List<String> MARKS = List.of("营业执照", "统一社会信用代码", "法定代表人", "注册资本", "经营范围", "登记机关",
			"成立日期", "营业期限", "市场监督管理", "信用代码");

	private LicenseClassifier() {
	}

	static boolean isLicense(List<PageText> pages) {
		return pages.stream().anyMatch(p -> score(p) >= 2);
	}

	static PageText licensePage(List<PageText> pages) {
		return pages.stream().max(Comparator.comparingInt(LicenseClassifier::score)).orElseThrow();
	}

	static int score(PageText page) {
		String text = ChineseDate.compact(page.plainText());
		int score = 0;
		for (String mark : MARKS) {
			if (text.contains(mark)) {
				score++;
			}
		}
		return score + (text.contains("营业执照") ? 2 : 0);
	}
}
