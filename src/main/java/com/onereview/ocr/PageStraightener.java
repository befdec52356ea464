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

	/** Every step: flattened, turned upright by OSD and levelled. */
	Straightened straighten(BufferedImage scan) throws OcrException {
		return turned(flattened(scan));
	}

	/** A photographed sheet flattened by its corners (a scan comes back as it is), in RGB. */
	BufferedImage flattened(BufferedImage scan) {
		return PageImages.toRgb(rectifier.rectify(scan));
	}

	/**
	 * The flattened page levelled without a quarter turn, when its lines run across (upright or upside down);
	 * empty when they run up the page, which needs OSD's turn anyway.
	 */
	java.util.Optional<Straightened> levelledAsItLies(BufferedImage page) {
		if (!skew.linesRunAcross(page)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(levelled(page, 0));
	}

	/** The flattened page turned upright by OSD, then levelled. */
	Straightened turned(BufferedImage page) throws OcrException {
		int rotation = orientation.uprightRotation(page);
		BufferedImage upright = PageImages.rotateQuadrants(page, rotation);
		if (rotation != 0 && !skew.linesRunAcross(upright)) {
			// OSD and the line profile disagree: better an unturned page than a wrongly turned one
			return levelled(page, 0);
		}
		return levelled(upright, rotation);
	}

	/**
	 * The page turned as OSD says when {@link #turned} left it unturned because the line profile disagreed: a
	 * single-column page with letter-spaced labels (the pre-2019 portrait license) has a profile as uneven across as
	 * down. Empty when OSD sees no turn.
	 */
	java.util.Optional<Straightened> overruled(BufferedImage page) throws OcrException {
		int rotation = orientation.uprightRotation(page);
		if (rotation == 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(levelled(PageImages.rotateQuadrants(page, rotation), rotation));
	}

	private Straightened levelled(BufferedImage upright, int rotation) {
		double angle = skew.levellingAngle(upright);
		BufferedImage level = angle == 0 ? upright : PageImages.rotateSmall(upright, angle);
		return new Straightened(level, rotation, angle);
	}

	@Override
	public void close() {
		orientation.close();
	}
}
