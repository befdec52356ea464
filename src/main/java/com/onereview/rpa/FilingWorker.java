package com.onereview.rpa;

import java.time.Duration;
import java.time.Instant;

import com.onereview.ingest.UploadService;
import com.onereview.verification.FilingOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one filing job: submits through the portal (which looks the filing up before entering it, so a
 * re-run after a crash finds what the crashed run filed), then records the outcome with the case in one
 * transaction. A portal that is down or slow fails the job, which db-scheduler retries with backoff
 * until {@code max-attempts}; the portal's refusal goes back to a verifier; a page we do not know halts
 * the filing for operations, without retrying into it.
 */
class FilingWorker {

	private static final Logger log = LoggerFactory.getLogger(FilingWorker.class);

	private final FilingStore store;

	private final ObjectProvider<PortalSubmitter> submitter;

	private final FilingOutcomes outcomes;

	private final TransactionTemplate tx;

	private final JsonMapper json;

	private final RpaProperties properties;

	private final MeterRegistry meters;

	FilingWorker(FilingStore store, ObjectProvider<PortalSubmitter> submitter, FilingOutcomes outcomes,
			TransactionTemplate tx, JsonMapper json, RpaProperties properties, MeterRegistry meters) {
		this.store = store;
		this.submitter = submitter;
		this.outcomes = outcomes;
		this.tx = tx;
		this.json = json;
		this.properties = properties;
		this.meters = meters;
	}

	void file(String caseId) {
		FilingStore.Row row = store.find(caseId).orElse(null);
		if (row == null || row.state() != FilingStore.State.QUEUED) {
			log.info("Filing of case {} is {}; nothing to do", caseId, row == null ? "unknown" : row.state());
			return;
		}
		int attempt = store.attempt(caseId);
		Filing filing = json.readValue(row.filingJson(), Filing.class);
		long start = System.nanoTime();
		try {
			FilingReceipt receipt = submitter.getObject().submit(filing);
			tx.executeWithoutResult(status -> {
				store.filed(caseId, receipt, sha256(receipt.screenshot()), Instant.now());
				outcomes.filed(caseId, receipt.receiptNo(), receipt.alreadyFiled()
						? "found already filed in the portal; not filed again" : "screenshot sha256 "
								+ sha256(receipt.screenshot()));
			});
			record("filed", start);
		}
		catch (PortalException.Rejected refused) {
			tx.executeWithoutResult(status -> {
				store.finish(caseId, FilingStore.State.REFUSED, refused.screenshot(), sha256(refused.screenshot()),
						refused.getMessage(), Instant.now());
				outcomes.refused(caseId, refused.getMessage());
			});
			record("refused", start);
		}
		catch (PortalException.Changed changed) {
			log.error("Filing of case {} halted: the portal changed: {}", caseId, changed.getMessage());
			store.finish(caseId, FilingStore.State.HALTED, changed.screenshot(), sha256(changed.screenshot()),
					"portal changed: " + changed.getMessage(), Instant.now());
			record("halted", start);
		}
		catch (PortalException.Unavailable | IllegalStateException unavailable) {
			byte[] evidence = unavailable instanceof PortalException portal ? portal.screenshot() : null;
			record("unavailable", start);
			if (attempt >= properties.maxAttempts()) {
				store.finish(caseId, FilingStore.State.HALTED, evidence, sha256(evidence),
						"gave up after " + attempt + " attempts: " + unavailable.getMessage(), Instant.now());
				return;
			}
			store.error(caseId, "attempt " + attempt + ": " + unavailable.getMessage(), evidence);
			throw new IllegalStateException("Filing case " + caseId + " failed; will retry", unavailable);
		}
	}

	private void record(String outcome, long start) {
		meters.timer("onereview.filings", "outcome", outcome).record(Duration.ofNanos(System.nanoTime() - start));
	}

	/** The evidence's SHA-256; none for no screenshot. */
	static String sha256(byte[] bytes) {
		return bytes == null || bytes.length == 0 ? null : UploadService.sha256(bytes);
	}
}
