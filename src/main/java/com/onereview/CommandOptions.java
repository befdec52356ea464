package com.onereview;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of a command; anything else is a usage error. */
final class CommandOptions {

	private final Map<String, String> values = new HashMap<>();

	private CommandOptions() {
	}

	/** Parses {@code args}; throws {@link IllegalArgumentException} naming the bad argument. */
	static CommandOptions parse(String[] args, Set<String> allowed) {
		CommandOptions options = new CommandOptions();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
				throw new IllegalArgumentException("unknown argument " + name);
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			options.values.put(name.substring(2), args[++i]);
		}
		return options;
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int getInt(String name, int fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
		}
	}

	boolean has(String name) {
		return values.containsKey(name);
	}
}
