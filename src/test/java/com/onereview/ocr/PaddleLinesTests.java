package com.onereview.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import org.junit.jupiter.api.Test;

class PaddleLinesTests {

	@Test
	void blocksSideBySideBecomeOneLineInReadingOrder() {
		List<TextBlock> blocks = List.of(block("住所", 100, 300, 200, 350, 0.9f), block("名称", 100, 200, 200, 250, 0.8f),
				block("示例公司", 400, 205, 800, 255, 0.95f));

		List<OcrLine> lines = PaddleLines.lines(blocks, 1000, 1000, 1);

		assertThat(lines).extracting(OcrLine::text).containsExactly("名称示例公司", "住所");
		OcrLine name = lines.get(0);
		assertThat(name.box()).isEqualTo(new Box(1, 100, 200, 700, 55));
		assertThat(name.words()).extracting(OcrWord::text).containsExactly("名", "称", "示", "例", "公", "司");
		assertThat(name.words().get(2).box()).isEqualTo(new Box(1, 400, 205, 100, 50));
		assertThat(name.words().get(0).confidence()).isEqualTo(0.8f);
	}

	@Test
	void aRunOfLatinLettersAndDigitsIsOneWordWithItsWeakestScore() {
		TextBlock b = new TextBlock(points(0, 0, 300, 40), 0.7f, 0, 0, 0, "码9A1",
				new float[] { 0.99f, 0.9f, 0.5f, 0.95f }, 0, 0);

		OcrLine line = PaddleLines.lines(List.of(b), 1000, 1000, 1).get(0);

		assertThat(line.words()).extracting(OcrWord::text).containsExactly("码", "9A1");
		assertThat(line.words().get(1).confidence()).isEqualTo(0.5f);
		assertThat(line.words().get(1).box()).isEqualTo(new Box(1, 75, 0, 225, 40));
		assertThat(line.text()).isEqualTo("码 9A1");
	}

	@Test
	void aStandingBlockOfLabelsOnAnAcrossPageGoesBackToTheRowsItsCharactersStandOn() {
		// the detector joined 甲 乙 丙 (three letter-spaced labels' first characters, one under the other) into one
		// tall block read downwards; the values beside them are ordinary blocks
		List<TextBlock> blocks = new ArrayList<>();
		blocks.add(block("甲乙丙", 100, 100, 140, 280, 0.9f));
		blocks.add(block("示例一号有限公司", 300, 100, 700, 140, 0.95f));
		blocks.add(block("有限责任公司", 300, 160, 600, 200, 0.95f));
		blocks.add(block("示例市示例路一号", 300, 220, 700, 260, 0.95f));

		List<OcrLine> lines = PaddleLines.lines(blocks, 1000, 1000, 1);

		assertThat(lines).extracting(OcrLine::text).containsExactly("甲示例一号有限公司", "乙有限责任公司", "丙示例市示例路一号");
		assertThat(lines.get(1).words().get(0).box()).isEqualTo(new Box(1, 100, 160, 40, 60));
	}

	@Test
	void aPageReadMostlyInStandingBlocksIsLeftAsReadForTheReaderToTurn() {
		List<TextBlock> blocks = List.of(block("示例一号有限公司", 100, 100, 140, 500, 0.9f),
				block("有限责任公司", 200, 100, 240, 400, 0.9f));

		List<OcrLine> lines = PaddleLines.lines(blocks, 1000, 1000, 1);

		assertThat(lines).extracting(OcrLine::text).containsExactly("示例一号有限公司有限责任公司");
		assertThat(lines.get(0).words().get(0).box().h()).isGreaterThan(2 * lines.get(0).words().get(0).box().w());
	}

	private static TextBlock block(String text, int x0, int y0, int x1, int y1, float score) {
		float[] scores = new float[text.length()];
		java.util.Arrays.fill(scores, score);
		return new TextBlock(points(x0, y0, x1, y1), 0.6f, 0, 0, 0, text, scores, 0, 0);
	}

	private static ArrayList<Point> points(int x0, int y0, int x1, int y1) {
		return new ArrayList<>(List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)));
	}
}
