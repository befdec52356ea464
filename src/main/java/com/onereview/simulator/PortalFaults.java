package com.onereview.simulator;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * What the simulated portal does wrong right now, set by tests and demos through its admin endpoint:
 * the legacy system's bad days, on demand.
 */
@Component
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class PortalFaults {

	/**
	 * @param down every page answers 503 (maintenance)
	 * @param latency every page takes this long
	 * @param expireAfterStep the session dies after this form step (1 control, 2 depositor), once
	 * @param crossRegion every filing stops for a cross-region consultation
	 * @param receiptDelay the filing is stored, then the receipt page takes this long
	 * @param renamedFields form fields renamed on the pages (old id → new id): a portal release we did not expect
	 */
	record Settings(Boolean down, Duration latency, Integer expireAfterStep, Boolean crossRegion, Duration receiptDelay,
			Map<String, String> renamedFields) {

		static final Settings NONE = new Settings(false, Duration.ZERO, null, false, Duration.ZERO, Map.of());

		Settings {
			down = Boolean.TRUE.equals(down);
			crossRegion = Boolean.TRUE.equals(crossRegion);
			latency = latency == null ? Duration.ZERO : latency;
			receiptDelay = receiptDelay == null ? Duration.ZERO : receiptDelay;
			renamedFields = renamedFields == null ? Map.of() : Map.copyOf(renamedFields);
		}
	}

	private volatile Settings settings = Settings.NONE;

	Settings current() {
		return settings;
	}

	void set(Settings settings) {
		this.settings = settings;
	}

	/** The session-expiry fault fires once. */
	synchronized boolean expiresAfter(int step) {
		if (settings.expireAfterStep() != null && settings.expireAfterStep() == step) {
			settings = new Settings(settings.down(), settings.latency(), null, settings.crossRegion(),
					settings.receiptDelay(), settings.renamedFields());
			return true;
		}
		return false;
	}

	String fieldId(String id) {
		return settings.renamedFields().getOrDefault(id, id);
	}
}
