package com.onereview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.onereview.extraction.DocumentResult;
import com.onereview.extraction.FieldExtractor;
import com.onereview.extraction.FieldExtractors;
import com.onereview.ocr.DocumentReader;
import com.onereview.ocr.DocumentReaders;
import com.onereview.ocr.LineReader;
import com.onereview.ocr.OcrSettings;
import com.onereview.ocr.UnreadableDocumentException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract [--format jsonl] FILE...}: one CONTRACT.md result per file, one JSON object per line,
 * in input order. Exit 0 when every file was processed, 1 when some could not be, 2 for bad usage.
 */
final class ExtractCommand {

	private static final String USAGE = "usage: java -jar onereview.jar extract [--format jsonl] FILE...";

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.builder().build();

	ExtractCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--format")) {
				if (i + 1 >= args.length || !args[i + 1].equals("jsonl")) {
					err.println("only --format jsonl is supported\n" + USAGE);
					return 2;
				}
				i++;
			}
			else if (args[i].startsWith("--")) {
				err.println("unknown option " + args[i] + "\n" + USAGE);
				return 2;
			}
			else {
				files.add(Path.of(args[i]));
			}
		}
		if (files.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		boolean allProcessed = true;
		OcrSettings settings = OcrSettings.defaults();
		try (DocumentReader reader = DocumentReaders.create(settings);
				LineReader lineReader = DocumentReaders.lineReader(settings)) {
			FieldExtractor extractor = FieldExtractors.create(lineReader);
			for (Path file : files) {
				DocumentResult result = extract(file, reader, extractor);
				allProcessed &= result.error() == null;
				out.println(json.writeValueAsString(result));
				out.flush();
			}
		}
		catch (Exception ex) {
			err.println("OCR could not start: " + ex.getMessage());
			return 1;
		}
		return allProcessed ? 0 : 1;
	}

	private DocumentResult extract(Path file, DocumentReader reader, FieldExtractor extractor) {
		String name = file.toString();
		try {
			byte[] content = Files.readAllBytes(file);
			return extractor.extract(name, reader.read(content));
		}
		catch (NoSuchFileException ex) {
			return DocumentResult.failed(name, "file not found");
		}
		catch (UnreadableDocumentException ex) {
			return DocumentResult.failed(name, ex.reason() + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			return DocumentResult.failed(name, "cannot read file: " + ex.getMessage());
		}
		catch (Exception ex) {
			err.println("extract " + name + " failed: " + ex);
			return DocumentResult.failed(name, "processing failed: " + ex.getMessage());
		}
	}
}
