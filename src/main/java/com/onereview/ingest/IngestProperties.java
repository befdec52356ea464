package com.onereview.ingest;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Upload limits and the processing queue.
 * @param maxFileSize largest single upload (also Spring's multipart limit)
 * @param maxRequestSize largest multipart request
 * @param workers documents processed at once by this instance
 * @param pollInterval how often an instance looks for due jobs
 * @param heartbeatInterval how often a running job proves its instance is alive
 * @param missedHeartbeatsLimit missed heartbeats after which a job is taken as dead and run again (db-scheduler: at least 4)
 * @param maxAttempts processing attempts before a document is marked failed
 * @param instanceName this instance's name in the queue; host and process id when blank
 * @param statusEventInterval how often a live status stream (server-sent events) reads its documents' state
 */
@Validated
@ConfigurationProperties("onereview.ingest")
record IngestProperties(@NotNull DataSize maxFileSize, @NotNull DataSize maxRequestSize, @Min(1) int workers,
		@NotNull Duration pollInterval, @NotNull Duration heartbeatInterval, @Min(4) int missedHeartbeatsLimit,
		@Min(1) int maxAttempts, String instanceName, @NotNull Duration statusEventInterval) {
}
