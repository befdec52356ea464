package com.onereview.extraction;

import java.util.List;

import com.onereview.ocr.PageText;

/** Tells business licenses from bank vouchers (and neither) by titles and labels in the page text. */
final class DocumentClassifier {

	static final List<String> VOUCHER_TITLES = List.of("进账单", "电汇凭证", "转账凭证", "业务委托书", "汇兑凭证", "信汇凭证");

	private static final List<String> VOUCHER_MARKS = List.of("出票人", "收款人", "汇款人", "付款人", "大写", "小写", "全称",
			"账号", "开户银行", "开户行", "汇入行", "汇出行", "用途", "人民币", "票据种类", "委托日期");

	private DocumentClassifier() {
	}

	static DocumentType classify(List<PageText> pages) {
		int license = 0;
		int voucher = 0;
		for (PageText page : pages) {
			license = Math.max(license, LicenseClassifier.score(page));
			voucher = Math.max(voucher, voucherScore(page));
		}
		if (voucher >= 4 && voucher > license) {
			return DocumentType.BANK_VOUCHER;
		}
		return license >= 2 ? DocumentType.BUSINESS_LICENSE : DocumentType.UNKNOWN;
	}

	/** Labels count one each; a title counts three, so a title and one label, or four labels, make a voucher. */
	static int voucherScore(PageText page) {
		String text = ChineseDate.compact(page.plainText());
		int score = 0;
		for (String mark : VOUCHER_MARKS) {
			score += text.contains(mark) ? 1 : 0;
		}
		for (String title : VOUCHER_TITLES) {
			score += text.contains(title) ? 3 : 0;
		}
		return score;
	}
}
