package com.onereview.ocr;

import java.awt.image.BufferedImage;

/** Flattens a photographed page, turns it upright (quarter turns from OSD) and then levels a small skew. */
final class PageStraightener implements AutoCloseable {

	/** The corrected page and what was done to it. */
	record Straightened(BufferedImage image, int rotation, double skewDegrees) {
	}

	private final TesseractOrientationDetector orientation;
	private final SkewEstimator skew = new SkewEstimator();
	private final PageRectifier rectifier = new PageRectifier();

	PageStraightener(OcrSettings settings) {
		this.orientation = new TesseractOrientationDetector(settings);
	}

	Straightened straighten(BufferedImage scan) throws OcrException {
		BufferedImage page = PageImages.toRgb(rectifier.rectify(scan));
		int rotation = orientation.uprightRotation(page);
		BufferedImage upright = PageImages.rotateQuadrants(page, rotation);
		if (rotation != 0 && !skew.linesRunAcross(upright)) {
			// OSD and the line profile disagree: better an unturned page than a wrongly turned one
			rotation = 0;
			upright = page;
		}
		double angle = skew.levellingAngle(upright);
		BufferedImage level = angle == 0 ? upright : PageImages.rotateSmall(upright, angle);
		return new Straightened(level, rotation, angle);
	}

	@Override
	public void close() {
		orientation.close();
	}
}
