package com.onereview.ocr;

import java.awt.image.BufferedImage;
import java.util.Optional;

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
		BufferedImage page = flattened(scan);
		return turned(page, osdRotation(page));
	}

	/** A photographed sheet flattened by its corners (a scan comes back as it is), in RGB. */
	BufferedImage flattened(BufferedImage scan) {
		return PageImages.toRgb(rectifier.rectify(scan));
	}

	/**
	 * The flattened page levelled without a quarter turn, when its lines run across (upright or upside down);
	 * empty when they run up the page, which needs OSD's turn anyway.
	 */
	Optional<Straightened> levelledAsItLies(BufferedImage page) {
		if (!skew.linesRunAcross(page)) {
			return Optional.empty();
		}
		return Optional.of(levelled(page, 0));
	}

	/** The clockwise quarter turn (0, 90, 180, 270) that OSD says makes the flattened page upright. */
	int osdRotation(BufferedImage page) throws OcrException {
		return orientation.uprightRotation(page);
	}

	/** The flattened page turned upright by OSD's {@code rotation}, then levelled. */
	Straightened turned(BufferedImage page, int rotation) {
		BufferedImage upright = PageImages.rotateQuadrants(page, rotation);
		if (rotation != 0 && !skew.linesRunAcross(upright)) {
			// OSD and the line profile disagree: better an unturned page than a wrongly turned one
			return levelled(page, 0);
		}
		return levelled(upright, rotation);
	}

	/**
	 * The page turned by OSD's {@code rotation} when {@link #turned} left it unturned because the line profile
	 * disagreed: a single-column page with letter-spaced labels (the pre-2019 portrait license) has a profile as uneven
	 * across as down. Empty when OSD sees no turn.
	 */
	Optional<Straightened> overruled(BufferedImage page, int rotation) {
		if (rotation == 0) {
			return Optional.empty();
		}
		return Optional.of(levelled(PageImages.rotateQuadrants(page, rotation), rotation));
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
