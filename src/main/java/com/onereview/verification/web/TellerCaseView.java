package com.onereview.verification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.onereview.verification.CaseDetail;
import com.onereview.verification.CaseField;
import com.onereview.verification.FieldStatus;

/**
 * What the teller's case page shows beside the inputs: the license's data as the case holds it (read-only), and
 * whether the case can be sent now or why not.
 * @param licenseId the license the data comes from (null until one is read)
 * @param prefill rows in the order of the account-opening form
 * @param blocker why the case cannot be sent yet (a message key suffix), null when it can
 */
record TellerCaseView(String licenseId, List<Prefill> prefill, String blocker, int reading) {

	/** The license fields the account-opening application takes, in its order, each with a derived companion. */
	private static final List<String> KEYS = List.of("companyName", "creditCode", "legalRepresentative", "address",
			"registeredCapital", "registeredCapitalYuan", "regionCode", "businessTerm");

	private static final Set<String> READING = Set.of("RECEIVED", "PROCESSING");

	/**
	 * One pre-filled value.
	 * @param value what the case holds; null while the verifier still has to re-key it (or nothing was read)
	 * @param status the field's verification status, or DERIVED for computed values
	 * @param reading for a field the verifier must re-key: what the machine read, shown to the teller who
	 * uploaded the document (they may see it on the document page too); the verifier's blindness is kept by the case
	 */
	record Prefill(String key, String value, String status, String reading) {

		Prefill(String key, String value, String status) {
			this(key, value, status, null);
		}

		public boolean withheld() {
			return "REKEY".equals(status);
		}
	}

	/** @param readings the license's machine readings by key, when the user uploaded it; else empty */
	static TellerCaseView of(CaseDetail detail, Map<String, String> readings) {
		int reading = (int) detail.documents().stream().filter(d -> READING.contains(d.status())).count();
		boolean failed = detail.documents().stream().anyMatch(d -> "FAILED".equals(d.status()));
		String blocker = !detail.allowedActions().contains("SUBMIT") ? "not-editable"
				: detail.documents().isEmpty() ? "no-documents"
						: reading > 0 ? "reading" : failed ? "failed" : null;
		String licenseId = detail.documents().stream()
			.filter(d -> "BUSINESS_LICENSE".equals(d.documentType()) && "EXTRACTED".equals(d.status()))
			.map(CaseDetail.DocumentRef::id)
			.findFirst()
			.orElse(null);
		return new TellerCaseView(licenseId, licenseId == null ? List.of() : prefill(detail, licenseId, readings),
				blocker, reading);
	}

	private static List<Prefill> prefill(CaseDetail detail, String licenseId, Map<String, String> readings) {
		List<Prefill> rows = new ArrayList<>();
		for (String key : KEYS) {
			switch (key) {
				case "registeredCapitalYuan", "regionCode" -> rows.add(derived(detail.derived(), key));
				case "businessTerm" -> rows.add(term(detail, licenseId));
				default -> rows.add(field(detail, licenseId, key)
					.map(f -> new Prefill(key, f.value(), f.status().name(),
							f.status() == FieldStatus.REKEY ? readings.get(key) : null))
					.orElse(new Prefill(key, null, FieldStatus.MISSING.name())));
			}
		}
		return rows;
	}

	private static Prefill derived(Map<String, String> derived, String key) {
		return new Prefill(key, derived.get(key), "DERIVED");
	}

	/** 营业期限: start 至 end, shown as one line like on the license. */
	private static Prefill term(CaseDetail detail, String licenseId) {
		Optional<CaseField> start = field(detail, licenseId, "businessTermStart");
		Optional<CaseField> end = field(detail, licenseId, "businessTermEnd");
		if (start.isEmpty() && end.isEmpty()) {
			return new Prefill("businessTerm", null, FieldStatus.MISSING.name());
		}
		boolean withheld = start.map(f -> f.status() == FieldStatus.REKEY).orElse(false)
				|| end.map(f -> f.status() == FieldStatus.REKEY).orElse(false);
		String value = withheld ? null
				: start.map(CaseField::value).orElse("") + " 至 " + end.map(CaseField::value).orElse("");
		return new Prefill("businessTerm", value, withheld ? "REKEY" : end.orElseGet(start::get).status().name());
	}

	private static Optional<CaseField> field(CaseDetail detail, String documentId, String key) {
		return detail.fields().stream()
			.filter(f -> f.documentId().equals(documentId) && f.key().equals(key))
			.findFirst();
	}
}
