package com.onereview.simulator;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A business registry speaking our lookup contract (docs/registry-api.md), for the demo and end-to-end tests. */
@RestController
@RequestMapping("/sim/registry/v1/companies")
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class RegistrySimulatorController {

	private final RegistryDataset dataset;

	private final SimulatorProperties properties;

	RegistrySimulatorController(RegistryDataset dataset, SimulatorProperties properties) {
		this.dataset = dataset;
		this.properties = properties;
	}

	@GetMapping("/{creditCode}")
	ResponseEntity<Map<String, String>> byCode(@PathVariable String creditCode,
			@RequestHeader(name = "X-Api-Key", required = false) String key) throws InterruptedException {
		return answer(key, () -> dataset.byCreditCode(creditCode));
	}

	@GetMapping(params = "name")
	ResponseEntity<Map<String, String>> byName(@RequestParam String name,
			@RequestHeader(name = "X-Api-Key", required = false) String key) throws InterruptedException {
		return answer(key, () -> dataset.byName(name));
	}

	private ResponseEntity<Map<String, String>> answer(String key,
			java.util.function.Supplier<java.util.Optional<Map<String, String>>> lookup) throws InterruptedException {
		if (!properties.apiKey().equals(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Thread.sleep(properties.registryLatency().toMillis());
		return lookup.get().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
	}
}
