package com.onereview.extraction;

/**
 * The sentence every business scope ends with since the 2014 registration reform,
 * {@code 。（依法须经批准的项目，经相关部门批准后方可开展经营活动）}: where a reading ends in something within a few
 * characters of it, the printed wording is known, so OCR slips in it (a lost 。 or bracket) are put right.
 */
final class ScopeBoilerplate {

	static final String TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）";

	private static final String ANCHOR = "依法须经";

	private ScopeBoilerplate() {
	}

	static String repair(String scope) {
		int anchor = scope.lastIndexOf(ANCHOR);
		if (anchor < 0) {
			return scope;
		}
		int start = anchor > 0 && "(（".indexOf(scope.charAt(anchor - 1)) >= 0 ? anchor - 1 : anchor;
		String tail = scope.substring(start);
		if (AuthorityNames.distance(tail, TAIL) > 4) {
			return scope;
		}
		String head = scope.substring(0, start);
		if (head.isEmpty()) {
			return TAIL;
		}
		return (head.endsWith("。") || head.endsWith(".") ? head.substring(0, head.length() - 1) : head) + "。" + TAIL;
	}
}
