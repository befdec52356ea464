package com.onereview.forms;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads mapping.yaml through SnakeYAML's node API, which keeps each key's line, so that every complaint
 * names the file and line:
 *
 * <pre>
 * title: 开立单位银行结算账户申请书
 * fields:
 *   depositorName: {field: companyName}
 *   accountKindBasic: {input: accountKind, equals: BASIC}
 *   regionCode: {derived: regionCode, maxLength: 6}
 * </pre>
 */
final class MappingParser {

	static final Set<String> FORMATS = Set.of("date-cn", "digits", "upper");

	private static final Set<String> ATTRIBUTES = Set.of("field", "input", "derived", "equals", "format", "maxLength");

	private final String file;

	MappingParser(String file) {
		this.file = file;
	}

	/** The title and the mappings in file order; throws {@link TemplateException} at the first problem. */
	ParsedMapping parse(String yaml) {
		Node root = compose(new StringReader(yaml));
		if (!(root instanceof MappingNode top)) {
			throw new TemplateException(file, "expected a mapping with 'title' and 'fields'");
		}
		Map<String, NodeTuple> entries = entries(top);
		String title = entries.containsKey("title") ? scalar(entries.get("title").getValueNode()) : null;
		NodeTuple fields = entries.get("fields");
		if (fields == null || !(fields.getValueNode() instanceof MappingNode fieldNodes)) {
			throw new TemplateException(at(root), "'fields:' with one entry per form field is required");
		}
		List<FieldMapping> mappings = new ArrayList<>();
		for (NodeTuple tuple : entries(fieldNodes).values()) {
			mappings.add(mapping(scalar(tuple.getKeyNode()), tuple.getKeyNode(), tuple.getValueNode()));
		}
		return new ParsedMapping(title, mappings, line(fields.getKeyNode()));
	}

	/** What a mapping.yaml holds; {@code fieldsLine} is the line of {@code fields:}. */
	record ParsedMapping(String title, List<FieldMapping> mappings, int fieldsLine) {
	}

	private FieldMapping mapping(String formField, Node keyNode, Node value) {
		if (!(value instanceof MappingNode attributes)) {
			throw new TemplateException(at(keyNode), formField + ": expected {field|input|derived: key, ...}");
		}
		Map<String, NodeTuple> entries = entries(attributes);
		for (NodeTuple tuple : attributes.getValue()) {
			if (!ATTRIBUTES.contains(scalar(tuple.getKeyNode()))) {
				throw new TemplateException(at(tuple.getKeyNode()), formField + ": unknown attribute '"
						+ scalar(tuple.getKeyNode()) + "' (known: " + ATTRIBUTES + ")");
			}
		}
		SourceKind kind = null;
		for (SourceKind candidate : SourceKind.values()) {
			if (entries.containsKey(candidate.yamlKey())) {
				if (kind != null) {
					throw new TemplateException(at(keyNode), formField + ": more than one source");
				}
				kind = candidate;
			}
		}
		if (kind == null) {
			throw new TemplateException(at(keyNode), formField + ": no source (field:, input: or derived:)");
		}
		Node source = entries.get(kind.yamlKey()).getValueNode();
		String key = scalar(source);
		if (!SourceKeys.known(kind).contains(key)) {
			throw new TemplateException(at(source), formField + ": unknown " + kind.yamlKey() + " '" + key
					+ "' (known: " + String.join(", ", SourceKeys.known(kind).stream().sorted().toList()) + ")");
		}
		String format = optional(entries, "format");
		if (format != null && !FORMATS.contains(format)) {
			throw new TemplateException(at(entries.get("format").getValueNode()),
					formField + ": unknown format '" + format + "' (known: " + FORMATS + ")");
		}
		return new FieldMapping(formField, kind, key, optional(entries, "equals"), format, maxLength(entries),
				line(keyNode));
	}

	private Integer maxLength(Map<String, NodeTuple> entries) {
		String text = optional(entries, "maxLength");
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new TemplateException(at(entries.get("maxLength").getValueNode()), "maxLength must be a number");
		}
	}

	private Map<String, NodeTuple> entries(MappingNode node) {
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : node.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (entries.containsKey(key)) {
				throw new TemplateException(at(tuple.getKeyNode()), "'" + key + "' given twice");
			}
			entries.put(key, tuple);
		}
		return entries;
	}

	private String optional(Map<String, NodeTuple> entries, String key) {
		return entries.containsKey(key) ? scalar(entries.get(key).getValueNode()) : null;
	}

	private String scalar(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw new TemplateException(at(node), "expected a plain value");
	}

	private Node compose(Reader reader) {
		try {
			return new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (YAMLException ex) {
			throw new TemplateException(file, "not valid YAML: " + ex.getMessage(), ex);
		}
	}

	private String at(Node node) {
		return file + ":" + line(node);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}
}
