package com.onereview.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.onereview.ocr.Box;

/** Values found beside their labels by geometry and reading order. */
class ValueLocatorTests {

	@Test
	void aNarrowDigitRightAfterTheLabelBelongsToTheValueEvenWhereItsEstimatedBoxOverlapsTheLabel() {
		List<Glyph> glyphs = new ArrayList<>();
		// one OCR word 成立日期2 whose box was split evenly: the 2 gets a full character's width, over the label's end
		String word = "成立日期2";
		for (int i = 0; i < word.length(); i++) {
			glyphs.add(new Glyph(word.charAt(i), new Box(1, 300 + i * 50, 900, 50, 46), 0.95, 0, glyphs.size()));
		}
		// the label's last glyph is drawn wide, as letter-spacing makes the engine estimate it
		glyphs.set(3, new Glyph('期', new Box(1, 450, 900, 90, 46), 0.95, 0, 3));
		String rest = "023年11月10日";
		for (int i = 0; i < rest.length(); i++) {
			glyphs.add(new Glyph(rest.charAt(i), new Box(1, 560 + i * 30, 900, 28, 46), 0.95, 0, glyphs.size()));
		}
		Map<LicenseLabel, FoundLabel> labels = LabelFinder.find(glyphs);
		FoundLabel established = labels.get(LicenseLabel.ESTABLISHED);
		assertThat(established).isNotNull();
		assertThat(glyphs.get(4).centerX()).isLessThan(established.box().right());
		List<Glyph> value = new ValueLocator(glyphs, labels.values(), 3508).valueOf(established, false);
		assertThat(value.stream().map(g -> String.valueOf(g.c())).collect(Collectors.joining())).isEqualTo("2023年11月10日");
	}
}
