package com.onereview.simulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated outside systems.
 * @param enabled serve them under {@code /sim/} (the demo run turns this on; production never does)
 * @param apiKey the key the simulated registry and the portal's admin endpoint expect in {@code X-Api-Key}
 * @param registryDataset folder searched for {@code expected-fields.json} of business licenses: the companies the registry knows
 * @param registryLatency how long each simulated lookup takes
 * @param portalUser the simulated portal's login
 * @param portalPassword its password
 * @param portalRegion the bank's region (first 4 digits of a region code): depositors from elsewhere need a cross-region consultation
 * @param portalSessionTimeout idle time after which the portal logs a user out
 */
@ConfigurationProperties("onereview.simulator")
record SimulatorProperties(boolean enabled, @DefaultValue("demo-registry-key") String apiKey,
		@DefaultValue("test-fixtures") String registryDataset, @DefaultValue("0s") Duration registryLatency,
		@DefaultValue("rpa") String portalUser, @DefaultValue("rpa-pass") String portalPassword, @DefaultValue("1301") String portalRegion,
		@DefaultValue("10m") Duration portalSessionTimeout) {
}
