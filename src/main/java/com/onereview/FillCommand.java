package com.onereview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.onereview.forms.FillOptions;
import com.onereview.forms.FontChain;
import com.onereview.forms.FormData;
import com.onereview.forms.FormFillException;
import com.onereview.forms.FormFillers;
import com.onereview.forms.FormTemplate;
import com.onereview.forms.FormTemplateLoader;
import com.onereview.forms.FormTemplates;
import com.onereview.forms.TemplateException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fill --form ID --data result.json --out out.pdf [--input key=value]... [--flatten] [--draft]
 * [--templates DIR] [--font FILE]...}: fills one form from one CONTRACT.md result. Exit 0 when written, 1 when
 * the form cannot be filled truthfully (a glyph no font draws, a value too long), 2 for bad usage or input.
 */
final class FillCommand {

	private static final String USAGE = "usage: java -jar onereview.jar fill --form ID --data result.json --out out.pdf"
			+ " [--input key=value]... [--flatten] [--draft] [--templates DIR] [--font FILE]...";

	private final PrintStream err;

	private String form;

	private Path data;

	private Path out;

	private Path templates = Path.of("templates");

	private final Map<String, String> inputs = new LinkedHashMap<>();

	private final List<Path> fonts = new ArrayList<>();

	private boolean flatten;

	private boolean draft;

	FillCommand(PrintStream err) {
		this.err = err;
	}

	int run(String[] args) {
		try {
			parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("fill: " + ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		try {
			FormTemplates all = FormTemplateLoader.load(templates);
			FormTemplate template = all.find(form).orElseThrow(() -> new IllegalArgumentException("no form '" + form
					+ "'; forms: " + all.list().stream().map(FormTemplate::id).toList()));
			// dates on forms are the bank's dates
			FormData formData = FormData.fromResult(readJson(), inputs, LocalDate.now(ZoneId.of("Asia/Shanghai")));
			byte[] pdf = FormFillers.create(fonts.isEmpty() ? FontChain.DEFAULT_FONTS : fonts)
				.fill(template, formData, new FillOptions(flatten, draft));
			Files.write(out, pdf);
			err.println("wrote " + out + " (" + template.id() + ", " + pdf.length + " bytes)");
			return 0;
		}
		catch (IllegalArgumentException | TemplateException ex) {
			err.println("fill: " + ex.getMessage());
			return 2;
		}
		catch (FormFillException ex) {
			err.println("fill: cannot fill " + form + ": " + ex.getMessage());
			return 1;
		}
		catch (IOException | RuntimeException ex) {
			err.println("fill failed: " + ex.getMessage());
			return 1;
		}
	}

	private JsonNode readJson() throws IOException {
		try {
			JsonNode root = JsonMapper.builder().build().readTree(Files.readString(data));
			if (!root.path("fields").isObject()) {
				throw new IllegalArgumentException(data + " has no \"fields\" object: expected one CONTRACT.md document result");
			}
			return root;
		}
		catch (NoSuchFileException ex) {
			throw new IllegalArgumentException("no such file " + data);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(data + " is not JSON: " + ex.getOriginalMessage());
		}
	}

	private void parse(String[] args) {
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--flatten" -> flatten = true;
				case "--draft" -> draft = true;
				case "--form" -> form = value(args, ++i, "--form");
				case "--data" -> data = Path.of(value(args, ++i, "--data"));
				case "--out" -> out = Path.of(value(args, ++i, "--out"));
				case "--templates" -> templates = Path.of(value(args, ++i, "--templates"));
				case "--font" -> fonts.add(Path.of(value(args, ++i, "--font")));
				case "--input" -> input(value(args, ++i, "--input"));
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
		}
		if (form == null || data == null || out == null) {
			throw new IllegalArgumentException("--form, --data and --out are required");
		}
	}

	private void input(String pair) {
		int eq = pair.indexOf('=');
		if (eq <= 0) {
			throw new IllegalArgumentException("--input takes key=value, not " + pair);
		}
		inputs.put(pair.substring(0, eq), pair.substring(eq + 1));
	}

	private static String value(String[] args, int i, String name) {
		if (i >= args.length) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args[i];
	}
}
