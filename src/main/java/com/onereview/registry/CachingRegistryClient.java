package com.onereview.registry;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reuses answers for a short while: a license is often uploaded twice within minutes (a re-scan, a
 * second account). Only answers are cached; "unavailable" is asked again next time.
 */
class CachingRegistryClient implements RegistryClient {

	private final RegistryClient delegate;

	private final Cache<String, RegistryLookup> answers;

	CachingRegistryClient(RegistryClient delegate, Duration ttl, int size) {
		this.delegate = delegate;
		this.answers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).build();
	}

	@Override
	public RegistryLookup byCreditCode(String creditCode) {
		return cached("code:" + creditCode, () -> delegate.byCreditCode(creditCode));
	}

	@Override
	public RegistryLookup byName(String companyName) {
		return cached("name:" + companyName, () -> delegate.byName(companyName));
	}

	private RegistryLookup cached(String key, java.util.function.Supplier<RegistryLookup> lookup) {
		RegistryLookup known = answers.getIfPresent(key);
		if (known != null) {
			return known;
		}
		RegistryLookup fresh = lookup.get();
		if (fresh.outcome() != RegistryLookup.Outcome.UNAVAILABLE) {
			answers.put(key, fresh);
		}
		return fresh;
	}
}
