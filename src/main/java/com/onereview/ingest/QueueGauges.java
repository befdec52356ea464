package com.onereview.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Documents waiting and being processed, read from the shared database when metrics are scraped. */
@Component
class QueueGauges {

	QueueGauges(MeterRegistry meters, DocumentStore store) {
		for (DocumentStatus status : new DocumentStatus[] { DocumentStatus.RECEIVED, DocumentStatus.PROCESSING }) {
			Gauge.builder("onereview.documents.in.status", store, s -> s.countInStatus(status))
				.tag("status", status.name())
				.description("Documents in this status across all instances")
				.register(meters);
		}
	}
}
