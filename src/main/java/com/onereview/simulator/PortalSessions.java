package com.onereview.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** The portal's own logins (its own cookie, like the legacy system), with an idle timeout; lost on restart. */
@Component
@ConditionalOnBooleanProperty("onereview.simulator.enabled")
class PortalSessions {

	static final String COOKIE = "PORTALSID";

	/** One login: who, when last seen, and the filing being entered step by step. */
	static final class Session {

		final String user;

		volatile Instant lastSeen;

		final Map<String, String> draft = new LinkedHashMap<>();

		volatile int stepsDone;

		volatile boolean consulted;

		Session(String user, Instant now) {
			this.user = user;
			this.lastSeen = now;
		}

		void restart() {
			draft.clear();
			stepsDone = 0;
			consulted = false;
		}
	}

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final SimulatorProperties properties;

	private final Clock clock = Clock.systemUTC();

	PortalSessions(SimulatorProperties properties) {
		this.properties = properties;
	}

	String open(String user) {
		byte[] token = new byte[16];
		random.nextBytes(token);
		String id = HexFormat.of().formatHex(token);
		sessions.put(id, new Session(user, clock.instant()));
		return id;
	}

	/** The live session for a cookie value, touched; empty when unknown or idle too long. */
	Optional<Session> find(String id) {
		Session session = id == null ? null : sessions.get(id);
		if (session == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		if (session.lastSeen.plus(properties.portalSessionTimeout()).isBefore(now)) {
			sessions.remove(id);
			return Optional.empty();
		}
		session.lastSeen = now;
		return Optional.of(session);
	}

	String idOf(Session session) {
		return sessions.entrySet().stream().filter(e -> e.getValue() == session).map(Map.Entry::getKey).findFirst()
			.orElse(null);
	}

	void close(String id) {
		if (id != null) {
			sessions.remove(id);
		}
	}
}
