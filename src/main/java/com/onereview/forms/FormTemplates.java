package com.onereview.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated templates by form id. */
public final class FormTemplates {

	private final Map<String, FormTemplate> byId;

	FormTemplates(Map<String, FormTemplate> byId) {
		this.byId = Map.copyOf(byId);
	}

	public List<FormTemplate> list() {
		return byId.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
	}

	public Optional<FormTemplate> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}
}
