package com.onereview.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a registration authority may have, given the licensee's address: an office of the district or county
 * (or of the city) the address lies in. A seal's ring is read from an unwrapped curve, often poorly; a reading that
 * is one of these names, or a few characters from one, is held against an independent reading of the same place.
 */
final class AuthorityNames {

	static final String DEFAULT_SUFFIX = "市场监督管理局";

	private static final Pattern REGION = Pattern.compile(
			"^(\\p{IsHan}{2,7}?(?:省|自治区))?(\\p{IsHan}{2,7}?(?:市|自治州|地区|盟))?(\\p{IsHan}{1,7}?(?:区|县|旗|市))?");

	private AuthorityNames() {
	}

	/** Candidate names, most specific first; none when the address does not start with a region. */
	static List<String> candidates(String address, String suffix) {
		List<String> names = new ArrayList<>();
		if (address == null) {
			return names;
		}
		Matcher m = REGION.matcher(address);
		if (!m.find()) {
			return names;
		}
		String city = m.group(2) == null ? "" : m.group(2);
		String district = m.group(3) == null ? "" : m.group(3);
		if (!district.isEmpty()) {
			if (!city.isEmpty()) {
				names.add(city + district + suffix);
			}
			names.add(district + suffix);
		}
		if (!city.isEmpty()) {
			names.add(city + suffix);
		}
		return names;
	}

	/** The candidate nearest the reading, if within {@code maxDistance} edits. */
	static Optional<String> nearest(String reading, List<String> candidates, int maxDistance) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String c : candidates) {
			int d = distance(reading, c);
			if (d < bestDistance) {
				best = c;
				bestDistance = d;
			}
		}
		return bestDistance <= maxDistance ? Optional.of(best) : Optional.empty();
	}

	static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}
}
