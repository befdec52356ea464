package com.onereview.extraction;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;
import com.onereview.ocr.OcrLine;
import com.onereview.ocr.PageText;
import com.onereview.ocr.TextSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentClassifierTests {

	@Test
	void aWireTransferFormIsAVoucher() {
		assertThat(classify("中国工商银行 电汇凭证（回单）", "汇 全称 某某有限公司 收 全称 某某有限公司", "账号 6222", "金额 人民币（大写）壹仟元整"))
			.isEqualTo(DocumentType.BANK_VOUCHER);
	}

	@Test
	void aDepositSlipWhoseTitleWasMisreadIsStillAVoucherByItsLabels() {
		assertThat(classify("招商 银行 进帐 单", "出 全称 A公司 收 全称 B公司", "账号 123", "开户银行 招商银行", "人民币 (AS)"))
			.isEqualTo(DocumentType.BANK_VOUCHER);
	}

	@Test
	void aTransferVoucherIsAVoucherByItsTitleOrByItsLabels() {
		assertThat(classify("招商银行 转账凭证", "付 户名 A公司 收 户名 B公司", "账号 6222", "金额（大写）壹仟元整"))
			.isEqualTo(DocumentType.BANK_VOUCHER);
		assertThat(classify("招商银行 转贝长凭正", "付 户名 A公司 收 户名 B公司", "款 账号 6222 款 账号 6223",
				"人 开户行 招商银行 人 开户行 兴业银行", "金额（大写）壹仟元整 （小写）¥1000.00", "摘要 货款"))
			.isEqualTo(DocumentType.BANK_VOUCHER);
	}

	@Test
	void aLicenseStaysALicense() {
		assertThat(classify("营业执照", "统一社会信用代码 91350100M000100Y43", "名称 某某有限公司", "注册资本 人民币壹佰万元整",
				"法定代表人 张三"))
			.isEqualTo(DocumentType.BUSINESS_LICENSE);
	}

	@Test
	void anythingElseIsUnknown() {
		assertThat(classify("会议纪要", "时间 2024年1月1日", "地点 第一会议室")).isEqualTo(DocumentType.UNKNOWN);
	}

	private static DocumentType classify(String... lines) {
		List<OcrLine> ocr = Arrays.stream(lines)
			.map(t -> new OcrLine(t, 0.9, new Box(1, 0, 0, 10, 10), List.of()))
			.toList();
		return DocumentClassifier.classify(List.of(new PageText(1, 100, 100, TextSource.OCR, "test", 0, 0, ocr)));
	}
}
