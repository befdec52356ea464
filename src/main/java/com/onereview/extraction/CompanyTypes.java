package com.onereview.extraction;

import java.util.List;

/** The company types licenses print (主体类型), and completing a reading that lost its closing bracket. */
final class CompanyTypes {

	static final List<String> KNOWN = List.of("有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "有限责任公司(法人独资)",
			"股份有限公司(非上市、自然人投资或控股)", "有限责任公司(非自然人投资或控股的法人独资)", "其他有限责任公司", "个人独资企业", "普通合伙企业",
			"有限合伙企业", "个体工商户", "股份有限公司(上市)", "有限责任公司(国有独资)", "有限责任公司分公司(自然人投资或控股)", "农民专业合作社");

	private CompanyTypes() {
	}

	static boolean isKnown(String value) {
		return KNOWN.contains(ReadingChoice.norm(value));
	}

	/**
	 * The known type a reading stands for when only its closing bracket is missing or misread (OCR often drops
	 * it, or reads it as {@code ]}, {@code |} or {@code 1}); the reading itself when it is not exactly one type's.
	 */
	static String complete(String value) {
		String n = ReadingChoice.norm(value);
		if (KNOWN.contains(n) || !n.contains("(")) {
			return value.contains("（") ? value.replace(')', '）') : value;
		}
		String stem = n.replaceAll("[^\\p{IsHan}、]+$", "");
		List<String> matches = KNOWN.stream().filter(t -> t.equals(stem + ")")).toList();
		if (matches.size() != 1) {
			return value;
		}
		String type = matches.get(0);
		return value.contains("（") ? type.replace('(', '（').replace(')', '）') : type;
	}
}
