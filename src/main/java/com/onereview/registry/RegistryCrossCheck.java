package com.onereview.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.onereview.extraction.DocumentResult;
import com.onereview.extraction.DocumentType;
import com.onereview.extraction.ExtractedField;
import com.onereview.extraction.ExtractionIssue;
import com.onereview.extraction.FieldSource;

/**
 * Checks a business license against the registry, field by field. Agreement of two independent
 * sources raises a field's confidence; disagreement caps it and tells the verifier both values; a
 * field only the registry has (the authority hidden in the seal) is filled with source
 * {@code REGISTRY}; a credit code the registry does not know is a red flag. A registry that does
 * not answer changes no value: the result carries {@code REGISTRY_UNAVAILABLE} and goes on.
 */
public class RegistryCrossCheck {

	static final double AGREED = 0.99;

	static final double DISAGREED = 0.5;

	static final double FROM_REGISTRY = 0.97;

	private final RegistryClient client; // null when off

	public RegistryCrossCheck(RegistryClient client) {
		this.client = client;
	}

	/** No registry configured: results pass unchanged. */
	public static RegistryCrossCheck off() {
		return new RegistryCrossCheck(null);
	}

	public DocumentResult check(DocumentResult result) {
		if (client == null || result.documentType() != DocumentType.BUSINESS_LICENSE || result.error() != null) {
			return result;
		}
		Optional<RegistryLookup> lookup = lookup(result);
		if (lookup.isEmpty()) {
			return result;
		}
		return switch (lookup.get().outcome()) {
			case FOUND -> compare(result, lookup.get().fields());
			case NOT_FOUND -> unknown(result);
			case UNAVAILABLE -> with(result, result.fields(), new ExtractionIssue(null, "REGISTRY_UNAVAILABLE",
					"business registry not checked (" + lookup.get().reason() + "); verify against the scan only"));
		};
	}

	private Optional<RegistryLookup> lookup(DocumentResult result) {
		String code = value(result, "creditCode");
		boolean codeTrusted = code != null && result.issues().stream()
			.noneMatch(issue -> "creditCode".equals(issue.field()) && "CHECKSUM_MISMATCH".equals(issue.code()));
		if (codeTrusted) {
			return Optional.of(client.byCreditCode(code));
		}
		String name = value(result, "companyName");
		return name == null ? Optional.empty() : Optional.of(client.byName(name));
	}

	private static DocumentResult compare(DocumentResult result, Map<String, String> registered) {
		Map<String, ExtractedField> fields = new LinkedHashMap<>(result.fields());
		List<ExtractionIssue> issues = new ArrayList<>();
		for (Map.Entry<String, String> entry : registered.entrySet()) {
			String key = entry.getKey();
			ExtractedField read = fields.get(key);
			if (read == null || read.value() == null) {
				fields.put(key, new ExtractedField(entry.getValue(), FROM_REGISTRY, FieldSource.REGISTRY, null));
			}
			else if (same(read.value(), entry.getValue())) {
				fields.put(key, new ExtractedField(read.value(), Math.max(read.confidence(), AGREED), read.source(),
						read.box()));
			}
			else {
				fields.put(key, new ExtractedField(read.value(), Math.min(read.confidence(), DISAGREED), read.source(),
						read.box()));
				issues.add(new ExtractionIssue(key, "REGISTRY_MISMATCH", "registry has: " + entry.getValue()));
			}
		}
		return with(result, fields, issues.toArray(ExtractionIssue[]::new));
	}

	private static DocumentResult unknown(DocumentResult result) {
		Map<String, ExtractedField> fields = new LinkedHashMap<>(result.fields());
		ExtractedField code = fields.get("creditCode");
		fields.put("creditCode", new ExtractedField(code.value(), Math.min(code.confidence(), DISAGREED), code.source(),
				code.box()));
		return with(result, fields, new ExtractionIssue("creditCode", "REGISTRY_UNKNOWN",
				"the business registry has no company under " + code.value()));
	}

	private static DocumentResult with(DocumentResult result, Map<String, ExtractedField> fields,
			ExtractionIssue... added) {
		List<ExtractionIssue> issues = new ArrayList<>(result.issues());
		issues.addAll(List.of(added));
		return result.withPrimary(fields, issues);
	}

	private static String value(DocumentResult result, String key) {
		ExtractedField field = result.fields().get(key);
		return field == null || field.value() == null || field.value().isBlank() ? null : field.value();
	}

	/** CONTRACT.md's comparison: NFKC, white space removed. */
	static boolean same(String a, String b) {
		return normal(a).equals(normal(b));
	}

	private static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}
}
