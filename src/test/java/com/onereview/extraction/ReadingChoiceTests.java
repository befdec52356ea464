package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;

class ReadingChoiceTests {

	private static final FieldRule NAME = FieldRule.reread(v -> v.matches("\\p{IsHan}{2,4}"), 0.85, 0.5, 0.9);

	@Test
	void aValidReReadingWinsOverLatinJunkButStaysUnsure() {
		ReadingChoice c = ReadingChoice.choose(v("ARIE", 0.9), v("宋斌", 0.8), NAME.valid(), UnaryOperator.identity());
		assertThat(c.value().text()).isEqualTo("宋斌");
		assertThat(c.disagreed()).isTrue();
		assertThat(NAME.confidence(c)).isLessThan(0.9);
	}

	@Test
	void twoReadingsThatAgreeAreWorthMoreThanEitherAlone() {
		ReadingChoice both = ReadingChoice.choose(v("宋斌", 0.8), v("宋斌", 0.85), NAME.valid(), UnaryOperator.identity());
		ReadingChoice one = ReadingChoice.choose(v("宋斌", 0.85), null, NAME.valid(), UnaryOperator.identity());
		assertThat(both.agreed()).isTrue();
		assertThat(NAME.confidence(both)).isGreaterThan(NAME.confidence(one));
		assertThat(NAME.confidence(both)).isLessThanOrEqualTo(0.9);
	}

	@Test
	void whenBothAreValidButDifferTheBetterReadIsTakenAtLowConfidence() {
		ReadingChoice c = ReadingChoice.choose(v("吴凯", 0.6), v("吴山", 0.7), NAME.valid(), UnaryOperator.identity());
		assertThat(c.value().text()).isEqualTo("吴山");
		assertThat(NAME.confidence(c)).isLessThanOrEqualTo(0.7);
	}

	@Test
	void aRepairMakesReadingsComparable() {
		ReadingChoice c = ReadingChoice.choose(v("有限责任公司（法人独资", 0.8), v("有限责任公司（法人独资）", 0.8),
				CompanyTypes::isKnown, CompanyTypes::complete);
		assertThat(c.agreed()).isTrue();
		assertThat(c.value().text()).isEqualTo("有限责任公司（法人独资）");
	}

	private static ValueText v(String text, double confidence) {
		return new ValueText(text, new Box(1, 0, 0, 10, 10), confidence, confidence);
	}
}
