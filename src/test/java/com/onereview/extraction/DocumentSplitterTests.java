package com.onereview.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;
import com.onereview.ocr.OcrLine;
import com.onereview.ocr.PageText;
import com.onereview.ocr.ReadPage;
import com.onereview.ocr.TextSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSplitterTests {

	private static final String[] LICENSE = { "营业执照", "统一社会信用代码 91350100M000100Y43", "名称 某某有限公司",
			"注册资本 人民币壹佰万元整", "法定代表人 张三", "成立日期 2020年1月1日", "经营范围 软件开发", "登记机关" };

	private static final String[] VOUCHER = { "中国工商银行 电汇凭证（回单）", "汇 全称 某某有限公司 收 全称 某某有限公司", "账号 6222",
			"金额 人民币（大写）壹仟元整" };

	/** A checklist cover sheet names the license and the legal representative's ID card. */
	private static final String[] COVER = { "对公账户开户资料", "业务编号：123456", "资料清单：", "1. 营业执照副本复印件（加盖公章）",
			"2. 法定代表人身份证复印件", "3. 开户许可证或基本存款账户信息" };

	private static final String[] NOTES = { "会议纪要", "时间 2024年1月1日", "地点 第一会议室" };

	@Test
	void aLicenseAndAVoucherAreTwoDocuments() {
		assertThat(split(LICENSE, VOUCHER)).containsExactly("BUSINESS_LICENSE[1]", "BANK_VOUCHER[2]");
	}

	@Test
	void twoVouchersAreTwoDocuments() {
		assertThat(split(VOUCHER, VOUCHER)).containsExactly("BANK_VOUCHER[1]", "BANK_VOUCHER[2]");
	}

	@Test
	void aCoverSheetListingTheLicenseIsNoDocument() {
		assertThat(split(COVER, LICENSE)).containsExactly("BUSINESS_LICENSE[2]");
		assertThat(split(COVER, VOUCHER)).containsExactly("BANK_VOUCHER[2]");
	}

	@Test
	void aPageOfNeitherKindContinuesTheDocumentBeforeIt() {
		assertThat(split(LICENSE, NOTES, VOUCHER)).containsExactly("BUSINESS_LICENSE[1, 2]", "BANK_VOUCHER[3]");
	}

	@Test
	void aFileWithNoLicenseOrVoucherPageIsOneDocumentAsBefore() {
		assertThat(split(COVER, NOTES)).containsExactly("BUSINESS_LICENSE[1, 2]");
		assertThat(split(NOTES, NOTES)).containsExactly("UNKNOWN[1, 2]");
	}

	@Test
	void copiesOfOneVoucherInARowAreOneDocument() {
		FoundDocument first = voucher(List.of(1), "12345678", "1000.00");
		FoundDocument copy = voucher(List.of(2), "12345678", "1000.00");
		FoundDocument other = voucher(List.of(3), "87654321", "1000.00");
		List<FoundDocument> merged = SameDocument.merge(List.of(first, copy, other));
		assertThat(merged).extracting(FoundDocument::pages).containsExactly(List.of(1, 2), List.of(3));
	}

	@Test
	void documentsWhoseIdentityWasNotReadStayApart() {
		FoundDocument first = voucher(List.of(1), null, "1000.00");
		FoundDocument second = voucher(List.of(2), null, "1000.00");
		assertThat(SameDocument.merge(List.of(first, second))).hasSize(2);
	}

	private static FoundDocument voucher(List<Integer> pages, String serial, String amount) {
		java.util.Map<String, ExtractedField> fields = new java.util.LinkedHashMap<>();
		fields.put("serialNumber", new ExtractedField(serial, 0.9, FieldSource.OCR, null));
		fields.put("amount", new ExtractedField(amount, 0.9, FieldSource.OCR, null));
		return new FoundDocument(DocumentType.BANK_VOUCHER, pages, fields, List.of());
	}

	@SafeVarargs
	private static List<String> split(String[]... pages) {
		List<ReadPage> read = new java.util.ArrayList<>();
		for (int i = 0; i < pages.length; i++) {
			read.add(new ReadPage(i + 1, null, page(i + 1, pages[i])));
		}
		return DocumentSplitter.split(read)
			.stream()
			.map(p -> p.type() + p.pages().stream().map(ReadPage::pageNumber).toList().toString())
			.toList();
	}

	private static PageText page(int number, String... lines) {
		List<OcrLine> ocr = Arrays.stream(lines)
			.map(t -> new OcrLine(t, 0.9, new Box(number, 0, 0, 10, 10), List.of()))
			.toList();
		return new PageText(number, 100, 100, TextSource.OCR, "test", 0, 0, ocr);
	}

	@Test
	void theResultKeepsThePrimaryDocumentAtTheTopLevel() {
		FoundDocument voucher = voucher(List.of(1), "1", "2.00");
		FoundDocument license = new FoundDocument(DocumentType.BUSINESS_LICENSE, List.of(2),
				Map.of("creditCode", new ExtractedField("91350100M000100Y43", 0.95, FieldSource.OCR, null)), List.of());
		DocumentResult result = DocumentResult.of("f.pdf", 2, List.of(voucher, license));
		assertThat(result.documentType()).isEqualTo(DocumentType.BUSINESS_LICENSE);
		assertThat(result.fields()).isEqualTo(license.fields());
		assertThat(result.documents()).containsExactly(voucher, license);
		DocumentResult checked = result.withPrimary(Map.of(), List.of(new ExtractionIssue(null, "X", "x")));
		assertThat(checked.documents().get(1).issues()).extracting(ExtractionIssue::code).containsExactly("X");
		assertThat(checked.documents().get(0)).isEqualTo(voucher);
	}
}
