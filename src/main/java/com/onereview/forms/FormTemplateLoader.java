package com.onereview.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads and validates every template: from a folder ({@code templates/<form-id>/form.pdf + mapping.yaml}) when it
 * exists, else from the copy packaged in the jar ({@code classpath:form-templates/}). Any problem fails with the
 * file and line, so a bad template stops start-up instead of producing a wrong form later.
 */
public final class FormTemplateLoader {

	static final String CLASSPATH_ROOT = "form-templates";

	private FormTemplateLoader() {
	}

	/** The templates of {@code dir}, or of the classpath copy when {@code dir} is not a folder. */
	public static FormTemplates load(Path dir) {
		Map<String, FormTemplate> templates = new TreeMap<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> folders = Files.list(dir)) {
				for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
					if (!complete(folder)) {
						continue;
					}
					String id = folder.getFileName().toString();
					templates.put(id, build(id, folder.resolve("mapping.yaml").toString(),
							read(folder.resolve("form.pdf")), Files.readString(folder.resolve("mapping.yaml")), folder.toString()));
				}
			}
			catch (IOException ex) {
				throw new TemplateException(dir.toString(), "cannot read: " + ex.getMessage(), ex);
			}
		}
		else {
			templates.putAll(fromClasspath());
		}
		return new FormTemplates(templates);
	}

	/** A folder with form.pdf and mapping.yaml; half a template is an error, other folders are not templates. */
	private static boolean complete(Path folder) {
		boolean pdf = Files.isRegularFile(folder.resolve("form.pdf"));
		boolean mapping = Files.isRegularFile(folder.resolve("mapping.yaml"));
		if (pdf != mapping) {
			throw new TemplateException(folder.toString(), "a template needs both form.pdf and mapping.yaml; "
					+ (pdf ? "mapping.yaml" : "form.pdf") + " is missing");
		}
		return pdf;
	}

	private static Map<String, FormTemplate> fromClasspath() {
		Map<String, FormTemplate> templates = new TreeMap<>();
		try {
			var resolver = new PathMatchingResourcePatternResolver(FormTemplateLoader.class.getClassLoader());
			for (Resource mapping : resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/*/mapping.yaml")) {
				Resource pdf = mapping.createRelative("form.pdf");
				String id = mapping.getURL().toString().replaceAll(".*/([^/]+)/mapping\\.yaml$", "$1");
				String origin = "classpath:" + CLASSPATH_ROOT + "/" + id;
				templates.put(id, build(id, origin + "/mapping.yaml", bytes(pdf, origin + "/form.pdf"),
						new String(bytes(mapping, origin), StandardCharsets.UTF_8), origin));
			}
		}
		catch (IOException ex) {
			throw new TemplateException("classpath:" + CLASSPATH_ROOT, "cannot list: " + ex.getMessage(), ex);
		}
		return templates;
	}

	/** Validates one template: every form field mapped once, every mapping naming a form field. */
	static FormTemplate build(String id, String mappingFile, byte[] pdf, String yaml, String origin) {
		List<FormField> fields;
		try {
			fields = AcroFormFields.read(pdf);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new TemplateException(origin + "/form.pdf", "not a usable AcroForm: " + ex.getMessage(), ex);
		}
		MappingParser.ParsedMapping parsed = new MappingParser(mappingFile).parse(yaml);
		Map<String, FormField> byName = fields.stream().collect(Collectors.toMap(FormField::name, Function.identity()));
		for (FieldMapping mapping : parsed.mappings()) {
			FormField field = byName.get(mapping.formField());
			if (field == null) {
				throw new TemplateException(mappingFile + ":" + mapping.line(), "unknown form field '"
						+ mapping.formField() + "': form.pdf has no such field (it has " + byName.keySet().stream().sorted().toList() + ")");
			}
			checkKind(mappingFile, mapping, field);
		}
		Set<String> mapped = parsed.mappings().stream().map(FieldMapping::formField).collect(Collectors.toSet());
		List<String> unmapped = new ArrayList<>(fields.stream().map(FormField::name).filter(n -> !mapped.contains(n)).toList());
		if (!unmapped.isEmpty()) {
			throw new TemplateException(mappingFile + ":" + parsed.fieldsLine(), "form field(s) " + unmapped
					+ " of form.pdf have no mapping: say where each value comes from");
		}
		String title = parsed.title() == null ? id : parsed.title();
		return new FormTemplate(id, title, pdf, List.copyOf(fields), List.copyOf(parsed.mappings()), origin);
	}

	private static void checkKind(String file, FieldMapping mapping, FormField field) {
		String at = file + ":" + mapping.line();
		boolean checkbox = field.type() == FormFieldType.CHECKBOX;
		if (checkbox && !mapping.isCheck()) {
			throw new TemplateException(at, mapping.formField() + " is a checkbox: say when it is on with 'equals:'");
		}
		if (!checkbox && mapping.isCheck()) {
			throw new TemplateException(at, mapping.formField() + " is a " + field.type() + " field, not a checkbox: 'equals:' does not apply");
		}
		if (mapping.maxLength() != null && field.maxLength() > 0 && mapping.maxLength() > field.maxLength()) {
			throw new TemplateException(at, mapping.formField() + ": maxLength " + mapping.maxLength()
					+ " exceeds the field's " + field.maxLength());
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new TemplateException(file.toString(), "cannot read: " + ex.getMessage(), ex);
		}
	}

	private static byte[] bytes(Resource resource, String name) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new TemplateException(name, "cannot read: " + ex.getMessage(), ex);
		}
	}
}
