package com.onereview.simulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated outside systems.
 * @param enabled serve them under {@code /sim/} (the demo run turns this on; production never does)
 * @param registryApiKey the key the simulated registry expects in {@code X-Api-Key}
 * @param registryDataset folder searched for {@code expected-fields.json} of business licenses: the companies the registry knows
 * @param registryLatency how long each simulated lookup takes
 */
@ConfigurationProperties("onereview.simulator")
record SimulatorProperties(boolean enabled, @DefaultValue("demo-registry-key") String registryApiKey,
		@DefaultValue("test-fixtures") String registryDataset, @DefaultValue("0s") Duration registryLatency) {
}
