package com.onereview.extraction;

import java.util.List;

import com.onereview.ocr.Box;
import com.onereview.ocr.SealText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SealAuthorityTests {

	private static final Box SEAL = new Box(1, 2500, 1700, 450, 450);

	@Test
	void takesTheAuthorityUpToItsSuffixDroppingRingNoise() {
		ExtractedField field = SealAuthority.from(List.of(new SealText("- 石家庄市长安区市场监督管理局 ★", 0.84, SEAL)))
			.orElseThrow();
		assertThat(field.value()).isEqualTo("石家庄市长安区市场监督管理局");
		assertThat(field.box()).isEqualTo(SEAL);
		assertThat(field.confidence()).isLessThan(0.9).isGreaterThan(0.5);
	}

	@Test
	void aPoorlyReadRingIsReportedWithLowConfidence() {
		ExtractedField field = SealAuthority.from(List.of(new SealText("广久市天河区市场监督管理局", 0.76, SEAL)))
			.orElseThrow();
		assertThat(field.confidence()).isLessThan(0.5);
	}

	@Test
	void ringTextThatIsNoAuthorityGivesNothing() {
		assertThat(SealAuthority.from(List.of(new SealText("合同专用章", 0.9, SEAL)))).isEmpty();
		assertThat(SealAuthority.from(List.of())).isEmpty();
	}
}
