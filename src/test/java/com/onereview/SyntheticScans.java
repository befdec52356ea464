package com.onereview;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Small scans drawn for tests that need OCR work to happen, whatever the fields. */
public final class SyntheticScans {

	private SyntheticScans() {
	}

	/** A multi-page TIFF of text pages; each page takes Tesseract about a second. */
	public static byte[] multiPageTiff(int pages, String marker) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.prepareWriteSequence(null);
			for (int page = 1; page <= pages; page++) {
				writer.writeToSequence(new IIOImage(textPage(marker + " 第" + page + "页"), null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** A page of Chinese text lines, 1654×1169 (A5 landscape at 200 dpi). */
	private static BufferedImage textPage(String title) {
		BufferedImage image = new BufferedImage(1654, 1169, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 40));
		g.drawString(title, 100, 120);
		List<String> lines = List.of("统一社会信用代码 91350100M000100Y43", "名称 石家庄市长安区示例科技有限公司",
				"类型 有限责任公司(自然人投资或控股)", "住所 河北省石家庄市长安区中山东路100号", "经营范围 软件开发；信息技术咨询服务");
		int y = 220;
		for (String line : lines) {
			g.drawString(line, 100, y);
			y += 90;
		}
		g.dispose();
		return image;
	}
}
