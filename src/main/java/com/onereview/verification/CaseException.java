package com.onereview.verification;

import java.util.Map;

/**
 * A case operation refused by a rule; the web layer turns it into an RFC 7807 problem worded from
 * {@code messages.properties} ({@code case.problem.<type>}, with {@code args}).
 */
public class CaseException extends RuntimeException {

	/** What kind of refusal, with its HTTP status. */
	public enum Kind {
		NOT_FOUND(404), FORBIDDEN(403), CONFLICT(409), INVALID(422);

		public final int status;

		Kind(int status) {
			this.status = status;
		}
	}

	private final Kind kind;

	private final String type;

	private final transient Object[] args;

	private final transient Map<String, Object> properties;

	public CaseException(Kind kind, String type, Map<String, Object> properties, Object... args) {
		super(type + " " + java.util.Arrays.toString(args));
		this.kind = kind;
		this.type = type;
		this.args = args;
		this.properties = properties;
	}

	public CaseException(Kind kind, String type, Object... args) {
		this(kind, type, Map.of(), args);
	}

	public Kind kind() {
		return kind;
	}

	/** Short problem name, e.g. {@code not-claim-holder}; also the message key suffix. */
	public String type() {
		return type;
	}

	public Object[] args() {
		return args;
	}

	/** Extra members for the problem body, e.g. the fields that block approval. */
	public Map<String, Object> properties() {
		return properties;
	}
}
