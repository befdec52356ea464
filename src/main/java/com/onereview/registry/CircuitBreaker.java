package com.onereview.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a service that keeps failing: after {@code failureThreshold} failures in a row it
 * opens for {@code openFor}, then lets one trial call through (half open); that call's outcome
 * closes it again or re-opens it.
 */
final class CircuitBreaker {

	enum State {
		CLOSED, OPEN, HALF_OPEN
	}

	private final int failureThreshold;

	private final Duration openFor;

	private final Clock clock;

	private int consecutiveFailures;

	private Instant openedAt;

	private boolean trialInFlight;

	CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
		this.failureThreshold = failureThreshold;
		this.openFor = openFor;
		this.clock = clock;
	}

	/** Whether a call may go out now; in half-open state only one trial call at a time. */
	synchronized boolean tryAcquire() {
		State state = state();
		if (state == State.CLOSED) {
			return true;
		}
		if (state == State.HALF_OPEN && !trialInFlight) {
			trialInFlight = true;
			return true;
		}
		return false;
	}

	synchronized void onSuccess() {
		consecutiveFailures = 0;
		openedAt = null;
		trialInFlight = false;
	}

	synchronized void onFailure() {
		consecutiveFailures++;
		if (trialInFlight || consecutiveFailures >= failureThreshold) {
			openedAt = clock.instant();
		}
		trialInFlight = false;
	}

	synchronized State state() {
		if (openedAt == null) {
			return State.CLOSED;
		}
		return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
	}
}
