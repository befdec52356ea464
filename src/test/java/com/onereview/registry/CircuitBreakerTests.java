package com.onereview.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTests {

	private final MovableClock clock = new MovableClock();

	private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

	@Test
	void opensAfterThresholdFailuresInARow() {
		breaker.onFailure();
		breaker.onFailure();
		breaker.onSuccess();
		breaker.onFailure();
		breaker.onFailure();
		assertThat(breaker.tryAcquire()).isTrue();

		breaker.onFailure();

		assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(breaker.tryAcquire()).isFalse();
	}

	@Test
	void afterTheOpenPeriodOneTrialCallDecides() {
		open();
		clock.advance(Duration.ofSeconds(31));

		assertThat(breaker.tryAcquire()).isTrue();
		assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();
		breaker.onFailure();
		assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

		clock.advance(Duration.ofSeconds(31));
		assertThat(breaker.tryAcquire()).isTrue();
		breaker.onSuccess();
		assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.tryAcquire()).isTrue();
	}

	private void open() {
		for (int i = 0; i < 3; i++) {
			breaker.onFailure();
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-24T08:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
