package com.onereview.forms.web;

import java.util.List;

import com.onereview.forms.FieldMapping;
import com.onereview.forms.FormField;
import com.onereview.forms.FormTemplate;
import com.onereview.forms.FormTemplates;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The form templates with their fields and where each value comes from. */
@RestController
@RequestMapping("/api/forms")
class FormController {

	private final FormTemplates templates;

	FormController(FormTemplates templates) {
		this.templates = templates;
	}

	record FieldView(String name, String type, Integer maxLength, String source, String key, String equals,
			String format) {
	}

	record TemplateView(String id, String title, List<FieldView> fields) {
	}

	@GetMapping
	List<TemplateView> list() {
		return templates.list().stream().map(FormController::view).toList();
	}

	private static TemplateView view(FormTemplate template) {
		List<FieldView> fields = template.fields().stream().map(field -> view(field, template.mappingOf(field.name())))
			.toList();
		return new TemplateView(template.id(), template.title(), fields);
	}

	private static FieldView view(FormField field, FieldMapping mapping) {
		return new FieldView(field.name(), field.type().name(), field.maxLength() > 0 ? field.maxLength() : null,
				mapping.kind().yamlKey(), mapping.key(), mapping.equals(), mapping.format());
	}
}
