package com.onereview.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;

/** The few pixel operations page reading needs; pages are 3-byte BGR images on a white background. */
final class PageImages {

	private PageImages() {
	}

	/** The image as {@code TYPE_3BYTE_BGR}, transparency flattened onto white; the same object when it already is. */
	static BufferedImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return out;
	}

	/** Pixels as R, G, B bytes row by row, the layout Tesseract's {@code SetImage} takes with 3 bytes per pixel. */
	static ByteBuffer rgbBytes(BufferedImage bgr) {
		byte[] src = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
		byte[] rgb = new byte[bgr.getWidth() * bgr.getHeight() * 3];
		for (int i = 0; i + 2 < rgb.length; i += 3) {
			rgb[i] = src[i + 2];
			rgb[i + 1] = src[i + 1];
			rgb[i + 2] = src[i];
		}
		return ByteBuffer.wrap(rgb);
	}

	/** Turns the image clockwise by a multiple of 90 degrees, losslessly. */
	static BufferedImage rotateQuadrants(BufferedImage image, int clockwiseDegrees) {
		int q = Math.floorMod(clockwiseDegrees / 90, 4);
		if (q == 0) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = q % 2 == 1;
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
		AffineTransform t = new AffineTransform();
		t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
		t.quadrantRotate(q);
		t.translate(-w / 2.0, -h / 2.0);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	/** Turns the image clockwise by a small angle, growing the canvas so nothing is cut off; new corners are white. */
	static BufferedImage rotateSmall(BufferedImage image, double clockwiseDegrees) {
		double rad = Math.toRadians(clockwiseDegrees);
		double sin = Math.abs(Math.sin(rad));
		double cos = Math.abs(Math.cos(rad));
		int w = image.getWidth();
		int h = image.getHeight();
		int nw = (int) Math.ceil(w * cos + h * sin);
		int nh = (int) Math.ceil(h * cos + w * sin);
		BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, nw, nh);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.translate(nw / 2.0, nh / 2.0);
		g.rotate(rad);
		g.translate(-w / 2.0, -h / 2.0);
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return out;
	}

	/** A copy whose longer side is at most {@code maxSide} pixels (the image itself when already small enough). */
	static BufferedImage downscale(BufferedImage image, int maxSide) {
		int longer = Math.max(image.getWidth(), image.getHeight());
		if (longer <= maxSide) {
			return toRgb(image);
		}
		double f = (double) maxSide / longer;
		int w = Math.max(1, (int) Math.round(image.getWidth() * f));
		int h = Math.max(1, (int) Math.round(image.getHeight() * f));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}
}
