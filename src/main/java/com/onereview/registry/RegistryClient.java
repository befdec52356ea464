package com.onereview.registry;

/**
 * A business-registry lookup service. Implementations never throw for a registry that is down,
 * slow or talking nonsense: they answer {@link RegistryLookup.Outcome#UNAVAILABLE} with a reason,
 * so extraction goes on without them.
 */
public interface RegistryClient {

	/** The company registered under an 18-character unified social credit code. */
	RegistryLookup byCreditCode(String creditCode);

	/** The company registered under exactly this name. */
	RegistryLookup byName(String companyName);
}
