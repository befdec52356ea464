package com.onereview.extraction;

import java.util.List;

/** The labels a business license prints, with the variants each kind of entity uses (DOMAIN.md). */
enum LicenseLabel {
	CREDIT_CODE(List.of("统一社会信用代码")),
	NAME(List.of("名称")),
	TYPE(List.of("主体类型", "类型")),
	PERSON(List.of("执行事务合伙人", "法定代表人", "负责人", "经营者", "投资人")),
	CAPITAL(List.of("成员出资总额", "注册资本", "注册资金", "出资额")),
	ESTABLISHED(List.of("成立日期", "注册日期")),
	TERM(List.of("营业期限", "合伙期限")),
	ADDRESS(List.of("主要经营场所", "营业场所", "经营场所", "住所")),
	SCOPE(List.of("经营范围", "业务范围")),
	AUTHORITY(List.of("登记机关")),
	/** 组成形式 of an individual business: no CONTRACT.md key, found so that its row is nobody's value. */
	FORMATION(List.of("组成形式")),
	/** 证照编号, the serial some licenses print under the credit code. */
	SERIAL(List.of("证照编号"));

	final List<String> variants;

	LicenseLabel(List<String> variants) {
		this.variants = variants;
	}
}
