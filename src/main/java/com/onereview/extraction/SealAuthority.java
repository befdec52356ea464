package com.onereview.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.onereview.ocr.SealText;

/**
 * The registration authority from the ring of the license's seal: the seal names the issuing office,
 * which ends in one of a few known suffixes. Ring text is read from an unwrapped curve and nothing on the
 * page confirms it, so it is never reported as certain; the registry lookup or the verifier confirms it.
 */
final class SealAuthority {

	private static final Pattern AUTHORITY = Pattern
		.compile("\\p{IsHan}{2,20}?(市场监督管理局|市场和质量监督管理局|工商行政管理局|市场监管局|行政审批局|行政审批服务局)");

	/** Agreement with the suffix and clean OCR still leaves the region name unconfirmed. */
	private static final double READ_CLEANLY = 0.65;

	private static final double READ_POORLY = 0.4;

	private SealAuthority() {
	}

	static Optional<ExtractedField> from(List<SealText> seals) {
		for (SealText seal : seals) {
			String han = seal.text().replaceAll("[^\\p{IsHan}]", "");
			Matcher m = AUTHORITY.matcher(han);
			if (m.find()) {
				double confidence = seal.confidence() >= 0.8 ? READ_CLEANLY : READ_POORLY;
				return Optional.of(new ExtractedField(m.group(), confidence, FieldSource.OCR, seal.box()));
			}
		}
		return Optional.empty();
	}
}
