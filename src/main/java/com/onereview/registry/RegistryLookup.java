package com.onereview.registry;

import java.util.Map;

/**
 * What a registry lookup found.
 * @param outcome found, not registered, or no answer
 * @param fields the registered items under CONTRACT.md's license keys (only when found)
 * @param reason why there was no answer, e.g. {@code TIMEOUT}, {@code HTTP_500}, {@code CIRCUIT_OPEN}
 */
public record RegistryLookup(Outcome outcome, Map<String, String> fields, String reason) {

	public enum Outcome {
		FOUND, NOT_FOUND, UNAVAILABLE
	}

	public RegistryLookup {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	public static RegistryLookup found(Map<String, String> fields) {
		return new RegistryLookup(Outcome.FOUND, fields, null);
	}

	public static RegistryLookup notFound() {
		return new RegistryLookup(Outcome.NOT_FOUND, Map.of(), null);
	}

	public static RegistryLookup unavailable(String reason) {
		return new RegistryLookup(Outcome.UNAVAILABLE, Map.of(), reason);
	}
}
