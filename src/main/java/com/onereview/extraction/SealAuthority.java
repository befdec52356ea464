package com.onereview.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.onereview.ocr.SealText;

/**
 * The registration authority from the ring of the license's seal: the seal names the issuing office, which ends in
 * one of a few known suffixes. Ring text is read from an unwrapped curve, so a reading alone is never reported as
 * certain; one that is exactly an office of the address's district or city is two independent readings agreeing,
 * and one a few characters from such a name is taken as that name, flagged.
 */
final class SealAuthority {

	private static final Pattern AUTHORITY = Pattern
		.compile("\\p{IsHan}{2,20}?(市场监督管理局|市场和质量监督管理局|工商行政管理局|市场监管局|行政审批局|行政审批服务局)");

	/** Agreement with the suffix and clean OCR still leaves the region name unconfirmed. */
	private static final double READ_CLEANLY = 0.65;

	private static final double READ_POORLY = 0.4;

	/** The ring reading is exactly the office of the address's region. */
	private static final double AGREES_WITH_ADDRESS = 0.92;

	/** The ring reading is a few characters from an office of the address's region. */
	private static final double NEAR_ADDRESS = 0.6;

	private SealAuthority() {
	}

	/** The authority, and whether it was corrected towards the address's region (an issue for the verifier). */
	record Reading(ExtractedField field, boolean corrected) {
	}

	static Optional<ExtractedField> from(List<SealText> seals) {
		return from(seals, null).map(Reading::field);
	}

	static Optional<Reading> from(List<SealText> seals, String address) {
		for (SealText seal : seals) {
			String han = seal.text().replaceAll("[^\\p{IsHan}]", "");
			Matcher m = AUTHORITY.matcher(han);
			String suffix = m.find() ? m.group(1) : AuthorityNames.DEFAULT_SUFFIX;
			// a district's office is not what the seal says when the ring shows more before the district
			List<String> names = AuthorityNames.candidates(address, suffix)
				.stream()
				.filter(n -> han.indexOf(n) <= 0 || n.equals(AuthorityNames.candidates(address, suffix).get(0)))
				.toList();
			String read = m.find(0) ? m.group() : null;
			if (read != null && names.contains(read)) {
				return Optional.of(new Reading(field(read, AGREES_WITH_ADDRESS, seal), false));
			}
			Optional<String> near = AuthorityNames.nearest(read != null ? read : han, names, 3);
			if (near.isPresent()) {
				return Optional.of(new Reading(field(near.get(), NEAR_ADDRESS, seal), true));
			}
			if (read != null) {
				return Optional.of(new Reading(field(read, seal.confidence() >= 0.8 ? READ_CLEANLY : READ_POORLY, seal), false));
			}
		}
		return Optional.empty();
	}

	private static ExtractedField field(String value, double confidence, SealText seal) {
		return new ExtractedField(value, confidence, FieldSource.OCR, seal.box());
	}
}
