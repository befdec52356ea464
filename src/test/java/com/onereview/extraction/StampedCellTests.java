package com.onereview.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing between the page reading through a stamp and the readings of the washed cell. */
class StampedCellTests {

	private static final Box BOX = new Box(1, 10, 10, 100, 40);

	private final Map<String, ExtractedField> fields = new LinkedHashMap<>();

	private final List<ExtractionIssue> issues = new ArrayList<>();

	private static ValueText read(String text) {
		return new ValueText(text, BOX, 0.9, 0.8);
	}

	private void resolve(String key, String page, String... washed) {
		new StampedCell(key, page == null ? null : read(page), java.util.Arrays.stream(washed).map(StampedCellTests::read).toList(),
				FieldSource.OCR, issues).resolve(fields);
	}

	@Test
	void twoWashedReadingsAlikeAreAgreedWhateverThePageRead() {
		resolve("payerAccount", "流有的586877610955861257", "4586877610955861257", "4586877610955861257");
		assertThat(fields.get("payerAccount").value()).isEqualTo("4586877610955861257");
		assertThat(fields.get("payerAccount").confidence()).isEqualTo(StampedCell.DIGITS_AGREED);
		assertThat(issues).isEmpty();
	}

	@Test
	void aWashedReadingAloneIsTakenBelowTheTrustedRangeWithAnIssue() {
		resolve("payeeAccount", "原件致0580394936847560", "110580394936847560", "1102580394936847560");
		assertThat(fields.get("payeeAccount").value()).isEqualTo("110580394936847560");
		assertThat(fields.get("payeeAccount").confidence()).isLessThan(0.9);
		assertThat(issues).extracting(ExtractionIssue::code).containsExactly("STAMP_OVER_VALUE");
	}

	@Test
	void theReadingThatHasTheValuesShapeWins() {
		resolve("payerBank", "中国工商银行茂都河皮行", "中国工商银行成都天河支行", "中国工商银行成都天河支");
		assertThat(fields.get("payerBank").value()).isEqualTo("中国工商银行成都天河支行");
		assertThat(fields.get("payerBank").confidence()).isEqualTo(StampedCell.SHAPED);
		resolve("payerName", "成都卓元机械设备有限公司流有的", "成部时元机筷设备有限公司", "成都卓元机械设备有限公司");
		assertThat(fields.get("payerName").value()).isEqualTo("成部时元机筷设备有限公司");
		assertThat(fields.get("payerName").confidence()).as("no two readings agree").isLessThan(0.9);
	}

	@Test
	void thePageAndAWashedReadingAlikeAreAgreed() {
		resolve("payeeName", "北京新丰商贸有限公司", "北京新丰商贸有限公司");
		assertThat(fields.get("payeeName").confidence()).isEqualTo(StampedCell.TEXT_AGREED);
	}

	@Test
	void aPurposeUnderAStampIsTheWashedReadingsWhenTheyAgree() {
		resolve("purpose", "技术服务费合同专", "技术服务费", "技术服务费");
		assertThat(fields.get("purpose").value()).isEqualTo("技术服务费");
		assertThat(fields.get("purpose").confidence()).isEqualTo(StampedCell.TEXT_AGREED);
	}

	@Test
	void nothingShapedIsKeptFlaggedAndLow() {
		resolve("payerAccount", "马原8致122", "8122");
		assertThat(fields.get("payerAccount").value()).isEqualTo("8122");
		assertThat(fields.get("payerAccount").confidence()).isEqualTo(StampedCell.UNSHAPED);
		assertThat(issues).isNotEmpty();
	}
}
