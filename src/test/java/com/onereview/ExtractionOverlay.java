package com.onereview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

/**
 * Draws a result's field boxes on its page image, coloured by confidence (green at 0.9 and above, amber
 * from 0.5, red below): the picture in the README, and a quick visual check of the boxes.
 */
final class ExtractionOverlay {

	private ExtractionOverlay() {
	}

	static void write(BufferedImage page, JsonNode result, Path out) throws IOException {
		int width = page.getWidth() / 2;
		int height = page.getHeight() / 2;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.drawImage(page, 0, 0, width, height, null);
		g.setStroke(new BasicStroke(3));
		g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, 18));
		for (Map.Entry<String, JsonNode> field : result.get("fields").properties()) {
			JsonNode box = field.getValue().get("box");
			if (box == null || box.isNull()) {
				continue;
			}
			double confidence = field.getValue().get("confidence").asDouble();
			g.setColor(confidence >= 0.9 ? new Color(0, 150, 60) : confidence >= 0.5 ? new Color(230, 140, 0) : Color.RED);
			int x = box.get("x").asInt() / 2;
			int y = box.get("y").asInt() / 2;
			g.drawRect(x - 3, y - 3, box.get("w").asInt() / 2 + 6, box.get("h").asInt() / 2 + 6);
			g.drawString(String.format("%s %.2f", field.getKey(), confidence), x, y - 8);
		}
		g.dispose();
		Files.createDirectories(out.getParent());
		ImageIO.write(image, "png", out.toFile());
	}
}
