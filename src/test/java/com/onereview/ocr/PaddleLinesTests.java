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

	private static TextBlock block(String text, int x0, int y0, int x1, int y1, float score) {
		float[] scores = new float[text.length()];
		java.util.Arrays.fill(scores, score);
		return new TextBlock(points(x0, y0, x1, y1), 0.6f, 0, 0, 0, text, scores, 0, 0);
	}

	private static ArrayList<Point> points(int x0, int y0, int x1, int y1) {
		return new ArrayList<>(List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)));
	}
}
