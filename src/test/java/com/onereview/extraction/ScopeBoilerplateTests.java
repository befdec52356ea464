package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeBoilerplateTests {

	private static final String PRINTED = "技术开发、技术服务；电子产品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）";

	@Test
	void aLostFullStopOrBracketInTheKnownSentenceIsPutBack() {
		assertThat(ScopeBoilerplate.repair("技术开发、技术服务；电子产品销售(依法须经批准的项目,经相关部门批准后方可开展经营活动)"))
			.isEqualTo(PRINTED);
		assertThat(ScopeBoilerplate.repair("技术开发、技术服务；电子产品销售。依法须经批准的项目，经相关部门批准后方可开展经营活动）"))
			.isEqualTo(PRINTED);
	}

	@Test
	void theActivitiesAndAnUnrecognisableTailAreLeftAsRead() {
		assertThat(ScopeBoilerplate.repair(PRINTED)).isEqualTo(PRINTED);
		String cut = "技术开发、技术服务；电子产品销售。（依法须经批";
		assertThat(ScopeBoilerplate.repair(cut)).isEqualTo(cut);
		assertThat(ScopeBoilerplate.repair("技术开发、技术服务")).isEqualTo("技术开发、技术服务");
	}
}
