package com.onereview.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.onereview.extraction.CreditCode;

/**
 * The portal's filing form, step by step, with the server-side checks the legacy system makes.
 * Field ids are the portal's own (the submitter's page objects name them in one place).
 */
final class PortalForm {

	enum Kind {
		TEXT, SELECT, TEXTAREA
	}

	record Field(String id, String label, Kind kind, Map<String, String> options, Function<String, String> check) {

		static Field text(String id, String label, Function<String, String> check) {
			return new Field(id, label, Kind.TEXT, Map.of(), check);
		}
	}

	static final Map<String, String> ACCOUNT_KINDS = ordered("BASIC", "基本存款账户", "GENERAL", "一般存款账户", "SPECIAL",
			"专用存款账户", "TEMPORARY", "临时存款账户");

	static final Map<String, String> CURRENCIES = ordered("CNY", "人民币", "USD", "美元", "EUR", "欧元", "HKD", "港币");

	static final List<Field> CONTROL = List.of(
			Field.text("txtApplyNo", "业务申请号", PortalForm::required),
			Field.text("txtBankCode", "开户银行机构代码", digits(12)),
			new Field("selAccountKind", "账户性质", Kind.SELECT, ACCOUNT_KINDS, PortalForm::required),
			Field.text("txtAccountNo", "账号", value -> value.matches("\\d{6,32}") ? null : "账号须为6至32位数字"),
			Field.text("txtOpenDate", "开户日期(yyyy-MM-dd)", PortalForm::date));

	static final List<Field> DEPOSITOR = List.of(
			Field.text("txtDepositorName", "存款人名称", PortalForm::required),
			Field.text("txtCreditCode", "统一社会信用代码", PortalForm::creditCode),
			Field.text("txtRegionCode", "注册地地区代码", digits(6)),
			new Field("selCapitalCurrency", "注册资金币种", Kind.SELECT, CURRENCIES, PortalForm::required),
			Field.text("txtCapitalAmount", "注册资金(元)", PortalForm::amount),
			Field.text("txtLegalRepName", "法定代表人姓名", PortalForm::required),
			Field.text("txtLegalRepIdType", "证件种类", PortalForm::required),
			Field.text("txtLegalRepIdNo", "证件号码", value -> value.matches("\\d{17}[\\dX]") ? null : "证件号码格式不正确"),
			Field.text("txtAddress", "地址", PortalForm::required),
			Field.text("txtPostcode", "邮政编码", digits(6)),
			Field.text("txtPhone", "电话", value -> value.matches("[\\d-]{7,20}") ? null : "电话格式不正确"),
			new Field("txtBusinessScope", "经营范围", Kind.TEXTAREA, Map.of(), PortalForm::required),
			Field.text("txtIndustry", "行业分类", PortalForm::required),
			Field.text("txtDepositorCategory", "存款人类别", PortalForm::required),
			Field.text("txtProofType", "证明文件种类", PortalForm::required),
			Field.text("txtProofNo", "证明文件编号", PortalForm::required),
			Field.text("txtProofExpiry", "证明文件有效期", value -> "长期".equals(value) ? null : date(value)));

	private PortalForm() {
	}

	/** Errors by field id for one step's submitted values; also the cross-field rule the portal makes. */
	static Map<String, String> check(List<Field> step, Map<String, String> values) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Field field : step) {
			String value = values.getOrDefault(field.id(), "").strip();
			String error = field.check().apply(value);
			if (error == null && field.kind() == Kind.SELECT && !field.options().containsKey(value)) {
				error = "请选择" + field.label();
			}
			if (error != null) {
				errors.put(field.id(), field.label() + "：" + error);
			}
		}
		String code = values.get("txtCreditCode");
		String region = values.get("txtRegionCode");
		if (step == DEPOSITOR && !errors.containsKey("txtCreditCode") && region != null
				&& !code.substring(2, 8).equals(region.strip())) {
			errors.put("txtRegionCode", "注册地地区代码：与统一社会信用代码第3至8位不一致");
		}
		return errors;
	}

	private static String required(String value) {
		return value.isEmpty() ? "不能为空" : null;
	}

	private static Function<String, String> digits(int length) {
		return value -> value.matches("\\d{" + length + "}") ? null : "须为" + length + "位数字";
	}

	private static String date(String value) {
		try {
			LocalDate.parse(value);
			return null;
		}
		catch (DateTimeParseException ex) {
			return "日期格式应为yyyy-MM-dd";
		}
	}

	private static String creditCode(String value) {
		return CreditCode.isValid(value) ? null : "校验位错误或格式不正确";
	}

	private static String amount(String value) {
		try {
			return new BigDecimal(value).signum() > 0 ? null : "须大于0";
		}
		catch (NumberFormatException ex) {
			return "须为金额数字";
		}
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
