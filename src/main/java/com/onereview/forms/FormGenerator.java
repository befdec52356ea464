package com.onereview.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.forms.FormSheet.Checks;
import com.onereview.forms.FormSheet.Field;
import com.onereview.forms.FormSheet.Label;

/**
 * Generates the AcroForm PDFs of the built-in templates ({@code generate-forms --out templates}); the
 * mapping.yaml beside each is written by hand. Re-run after changing a layout and commit both.
 */
public final class FormGenerator {

	public static final String ACCOUNT_OPENING = "account-opening";

	public static final String PBC_FILING = "pbc-filing";

	private static final float LABEL = 100;

	private static final float VALUE = FormSheet.WIDTH - LABEL;

	private static final float HALF = (VALUE - LABEL) / 2;

	private static final float ROW = 24;

	private FormGenerator() {
	}

	/** Writes {@code <out>/<form-id>/form.pdf} for each built-in form; returns the files written. */
	public static List<Path> generate(Path out, List<Path> fonts) throws IOException {
		Map<String, byte[]> forms = new LinkedHashMap<>();
		forms.put(ACCOUNT_OPENING, accountOpening(fonts));
		forms.put(PBC_FILING, pbcFiling(fonts));
		List<Path> written = new java.util.ArrayList<>();
		for (Map.Entry<String, byte[]> form : forms.entrySet()) {
			Path file = Files.createDirectories(out.resolve(form.getKey())).resolve("form.pdf");
			Files.write(file, form.getValue());
			written.add(file);
		}
		return written;
	}

	/** 开立单位银行结算账户申请书. */
	static byte[] accountOpening(List<Path> fonts) throws IOException {
		try (FormSheet s = new FormSheet(fonts)) {
			s.title("开立单位银行结算账户申请书", "（存款人填写，银行审核）");
			s.section("存款人信息");
			s.row(ROW, label("存款人名称"), text("depositorName", VALUE));
			s.row(ROW, label("地址"), text("address", VALUE));
			s.row(ROW, label("电话"), text("phone", HALF), label("邮编"), comb("postcode", 6, HALF));
			s.row(ROW, label("存款人类别"), text("depositorCategory", HALF), label("地区代码"), comb("regionCode", 6, HALF));
			s.row(ROW, label("统一社会信用代码"), comb("creditCode", 18, VALUE));
			s.row(ROW, label("注册资金"), text("registeredCapital", HALF), label("成立日期"), text("establishedDate", HALF));
			s.row(ROW, label("法定代表人/负责人"), text("legalRepName", HALF), label("行业分类"), text("industryCode", HALF));
			s.row(ROW, label("证件类型"), new Checks(List.of("idTypeResident", "idTypePassport", "idTypeHkMacau"),
					List.of("居民身份证", "护照", "港澳居民来往内地通行证"), VALUE));
			s.row(ROW, label("证件号码"), comb("legalRepIdNumber", 18, VALUE));
			s.row(72, label("经营范围"), new Field("businessScope", FormFieldType.MULTILINE, 0, VALUE));
			s.row(ROW, label("证明文件类型"), text("proofDocumentType", HALF), label("证明文件编号"), text("proofDocumentNumber", HALF));
			s.row(ROW, label("证明文件有效期至"), text("proofDocumentExpiry", VALUE));
			s.row(ROW, label("控股股东或实际控制人"), text("controllingShareholder", VALUE));
			s.section("账户信息");
			s.row(ROW, label("账户性质"), accountKinds());
			s.row(ROW, label("账户名称"), text("accountName", VALUE));
			s.row(ROW, label("开户银行机构代码"), comb("bankCode", 12, VALUE));
			s.row(ROW, label("开户银行名称"), text("bankName", VALUE));
			s.row(ROW, label("申请日期"), text("applicationDate", HALF), label("存款人（签章）"), new Label("", HALF));
			s.note("本申请书由系统依据已核验的营业执照信息与柜员录入信息自动填写；空白项须人工补录，不得推测。");
			return s.save();
		}
	}

	/** The filing of a settlement account with the People's Bank (人民币银行结算账户管理系统 备案). */
	static byte[] pbcFiling(List<Path> fonts) throws IOException {
		try (FormSheet s = new FormSheet(fonts)) {
			s.title("单位银行结算账户备案信息表", "（报送中国人民银行人民币银行结算账户管理系统）");
			s.section("控制信息");
			s.row(ROW, label("开户银行机构代码"), comb("bankCode", 12, VALUE));
			s.row(ROW, label("账号"), text("accountNumber", HALF), label("开户日期"), text("openingDate", HALF));
			s.row(ROW, label("账户性质"), accountKinds());
			s.section("存款人信息");
			s.row(ROW, label("存款人名称"), text("depositorName", VALUE));
			s.row(ROW, label("统一社会信用代码"), comb("creditCode", 18, VALUE));
			s.row(ROW, label("地区代码"), comb("regionCode", 6, HALF), label("存款人类别"), text("depositorCategory", HALF));
			s.row(ROW, label("注册地址"), text("address", VALUE));
			s.row(ROW, label("邮编"), comb("postcode", 6, HALF), label("电话"), text("phone", HALF));
			s.row(ROW, label("法定代表人/负责人"), text("legalRepName", HALF), label("证件类型"), text("legalRepIdType", HALF));
			s.row(ROW, label("证件号码"), comb("legalRepIdNumber", 18, VALUE));
			s.row(ROW, label("注册资本币种"), text("capitalCurrency", HALF), label("注册资本（元）"), text("capitalAmountYuan", HALF));
			s.row(72, label("经营范围"), new Field("businessScope", FormFieldType.MULTILINE, 0, VALUE));
			s.row(ROW, label("行业分类"), text("industryCode", VALUE));
			s.section("证明文件");
			s.row(ROW, label("证明文件种类"), text("proofDocumentType", HALF), label("证明文件编号"), text("proofDocumentNumber", HALF));
			s.row(ROW, label("证明文件到期日"), text("proofDocumentExpiry", VALUE));
			s.note("注册资本按营业执照所载金额由万元折算为元；地区代码取统一社会信用代码第3至8位。");
			return s.save();
		}
	}

	private static Checks accountKinds() {
		return new Checks(List.of("accountKindBasic", "accountKindGeneral", "accountKindSpecial", "accountKindTemporary"),
				List.of("基本存款账户", "一般存款账户", "专用存款账户", "临时存款账户"), VALUE);
	}

	private static Label label(String text) {
		return new Label(text, LABEL);
	}

	private static Field text(String name, float width) {
		return new Field(name, FormFieldType.TEXT, 0, width);
	}

	private static Field comb(String name, int boxes, float width) {
		return new Field(name, FormFieldType.COMB, boxes, width);
	}
}
