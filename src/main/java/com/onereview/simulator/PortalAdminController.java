package com.onereview.simulator;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The simulated portal's control panel for tests and demos: its faults, and what it has received. */
@RestController
@RequestMapping("/sim/portal/admin")
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class PortalAdminController {

	private final PortalFaults faults;

	private final PortalFilings filings;

	private final SimulatorProperties properties;

	PortalAdminController(PortalFaults faults, PortalFilings filings, SimulatorProperties properties) {
		this.faults = faults;
		this.filings = filings;
		this.properties = properties;
	}

	@PutMapping("/faults")
	ResponseEntity<PortalFaults.Settings> set(@RequestHeader(name = "X-Api-Key", required = false) String key,
			@RequestBody PortalFaults.Settings settings) {
		if (!properties.apiKey().equals(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		faults.set(settings);
		return ResponseEntity.ok(faults.current());
	}

	@DeleteMapping("/faults")
	ResponseEntity<Void> clear(@RequestHeader(name = "X-Api-Key", required = false) String key) {
		if (!properties.apiKey().equals(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		faults.set(PortalFaults.Settings.NONE);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/filings")
	ResponseEntity<List<PortalFilings.Filing>> filings(@RequestHeader(name = "X-Api-Key", required = false) String key,
			@RequestParam String reference) {
		if (!properties.apiKey().equals(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		return ResponseEntity.ok(filings.byReference(reference));
	}
}
