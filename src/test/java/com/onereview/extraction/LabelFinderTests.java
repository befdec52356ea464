package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;

/** Labels of every kind of entity found among glyphs laid out as a license prints them. */
class LabelFinderTests {

	private final List<Glyph> glyphs = new ArrayList<>();

	/** One OCR line of characters 50 px wide at {@code x}, or letter-spaced over five characters when {@code spaced}. */
	private void line(String text, int x, int y, boolean spaced) {
		int line = glyphs.isEmpty() ? 0 : glyphs.get(glyphs.size() - 1).line() + 1;
		int step = spaced && text.length() < 5 ? 200 / (text.length() - 1) : 50;
		for (int i = 0; i < text.length(); i++) {
			glyphs.add(new Glyph(text.charAt(i), new Box(1, x + i * step, y, 46, 46), 0.95, line, glyphs.size()));
		}
	}

	/** A label and its value read as one line, the way the page OCR often joins them. */
	private void field(String label, String value, int y) {
		int line = glyphs.isEmpty() ? 0 : glyphs.get(glyphs.size() - 1).line() + 1;
		int step = label.length() < 5 ? 200 / (label.length() - 1) : 50;
		for (int i = 0; i < label.length(); i++) {
			glyphs.add(new Glyph(label.charAt(i), new Box(1, 300 + i * step, y, 46, 46), 0.95, line, glyphs.size()));
		}
		for (int i = 0; i < value.length(); i++) {
			glyphs.add(new Glyph(value.charAt(i), new Box(1, 680 + i * 50, y, 46, 46), 0.95, line, glyphs.size()));
		}
	}

	@Test
	void findsTheLabelsOfAnIndividualBusiness() {
		field("名称", "武侯区华盛便利店", 900);
		field("类型", "个体工商户", 1030);
		field("经营者", "王伟", 1160);
		field("组成形式", "个人经营", 1290);
		field("经营场所", "四川省成都市武侯区人民路12号", 1420);
		field("注册日期", "2020年01月02日", 1550);
		Map<LicenseLabel, FoundLabel> found = LabelFinder.find(glyphs);
		assertThat(found).containsKeys(LicenseLabel.NAME, LicenseLabel.TYPE, LicenseLabel.PERSON, LicenseLabel.FORMATION,
				LicenseLabel.ADDRESS, LicenseLabel.ESTABLISHED);
		assertThat(found.get(LicenseLabel.PERSON).box().y()).isEqualTo(1160);
		assertThat(found.get(LicenseLabel.ADDRESS).box().y()).isEqualTo(1420);
		assertThat(found).doesNotContainKeys(LicenseLabel.CAPITAL, LicenseLabel.TERM);
	}

	@Test
	void findsAPartnershipsLongLabels() {
		field("名称", "杭州华盛投资管理合伙企业（有限合伙）", 900);
		field("执行事务合伙人", "杭州恒达投资管理有限公司（委派代表：王伟）", 1030);
		field("主要经营场所", "浙江省杭州市西湖区文化路1号", 1160);
		field("合伙期限", "2020年01月02日至长期", 1290);
		field("出资额", "人民币100万元", 1420);
		Map<LicenseLabel, FoundLabel> found = LabelFinder.find(glyphs);
		assertThat(found.get(LicenseLabel.PERSON).box().y()).isEqualTo(1030);
		assertThat(found.get(LicenseLabel.ADDRESS).box().y()).isEqualTo(1160);
		assertThat(found.get(LicenseLabel.TERM).box().y()).isEqualTo(1290);
		assertThat(found.get(LicenseLabel.CAPITAL).box().y()).isEqualTo(1420);
	}

	@Test
	void takesAThreeCharacterLabelMissingItsLastCharacterInTheLabelColumn() {
		field("名称", "杭州西湖区兴越工作室", 900);
		field("类型", "个人独资企业", 1030);
		field("投资", "袁丽洋", 1160);
		FoundLabel person = LabelFinder.find(glyphs).get(LicenseLabel.PERSON);
		assertThat(person).isNotNull();
		assertThat(person.box().y()).isEqualTo(1160);
		assertThat(person.matched()).isEqualTo(2);
	}

	@Test
	void doesNotTakeTwoLabelCharactersInsideAValue() {
		field("名称", "杭州华盛投资管理合伙企业", 900);
		field("类型", "有限合伙企业", 1030);
		line("投资管理咨询服务", 680, 1160, false);
		assertThat(LabelFinder.find(glyphs)).doesNotContainKey(LicenseLabel.PERSON);
	}

	@Test
	void findsTheSerialNumberLabelSoItsDigitsAreNotAValue() {
		line("统一社会信用代码", 260, 500, false);
		line("证照编号：33010690854143131483", 260, 680, false);
		assertThat(LabelFinder.find(glyphs)).containsKeys(LicenseLabel.CREDIT_CODE, LicenseLabel.SERIAL);
	}
}
