package com.onereview.rpa;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Reads cases' filings for the API and screens. */
@Service
public class Filings {

	/**
	 * @param state QUEUED, FILED, REFUSED or HALTED
	 * @param alreadyFiled the portal already held the filing when it was looked up (a retry after a crash)
	 */
	public record Status(String state, String receiptNo, Boolean alreadyFiled, int attempts, String lastError,
			String evidenceSha256, Instant queuedAt, Instant finishedAt) {
	}

	private final FilingStore store;

	Filings(FilingStore store) {
		this.store = store;
	}

	public Optional<Status> status(String caseId) {
		return store.find(caseId).map(row -> new Status(row.state().name(), row.receiptNo(), row.alreadyFiled(),
				row.attempts(), row.lastError(), row.evidenceSha256(), row.queuedAt(), row.finishedAt()));
	}

	public Optional<byte[]> evidence(String caseId) {
		return store.evidence(caseId);
	}
}
