package com.onereview.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.onereview.verification.DerivedValues;

/**
 * Resolves each form field's value from the form data by the template's mapping: text for text fields,
 * {@code Yes}/{@code Off} for checkboxes. A field whose source is empty gets no value.
 */
final class FormValues {

	public static final String ON = "Yes";

	public static final String OFF = "Off";

	private FormValues() {
	}

	/** Form field name → value; fields left empty are absent (checkboxes are always present). */
	public static Map<String, String> resolve(FormTemplate template, FormData data) {
		Map<String, String> values = new LinkedHashMap<>();
		for (FieldMapping mapping : template.mappings()) {
			Optional<String> source = source(mapping, data);
			if (mapping.isCheck()) {
				values.put(mapping.formField(), source.filter(mapping.equals()::equals).isPresent() ? ON : OFF);
				continue;
			}
			source.map(value -> format(mapping, value)).ifPresent(value -> {
				checkLength(mapping, value);
				values.put(mapping.formField(), value);
			});
		}
		return values;
	}

	private static Optional<String> source(FieldMapping mapping, FormData data) {
		return switch (mapping.kind()) {
			case FIELD -> Optional.ofNullable(data.fields().get(mapping.key()));
			case INPUT -> Optional.ofNullable(data.inputs().get(mapping.key()));
			case DERIVED -> Optional.ofNullable(data.derived().get(mapping.key()));
		};
	}

	private static String format(FieldMapping mapping, String value) {
		if (mapping.format() == null) {
			return value;
		}
		return switch (mapping.format()) {
			case "digits" -> value.replaceAll("[^0-9]", "");
			case "upper" -> value.toUpperCase();
			default -> chineseDate(value);
		};
	}

	/** ISO dates in the bank's format; anything else (长期) as it is. */
	private static String chineseDate(String value) {
		try {
			return LocalDate.parse(value).format(DerivedValues.BANK_DATE);
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private static void checkLength(FieldMapping mapping, String value) {
		int length = value.codePointCount(0, value.length());
		if (mapping.maxLength() != null && length > mapping.maxLength()) {
			throw new FormFillException("field " + mapping.formField() + ": value has " + length
					+ " characters, at most " + mapping.maxLength() + " allowed");
		}
	}
}
