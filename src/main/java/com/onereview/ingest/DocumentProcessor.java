package com.onereview.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.onereview.extraction.DocumentResult;
import com.onereview.extraction.FieldExtractor;
import com.onereview.extraction.FoundDocument;
import com.onereview.ocr.DocumentReader;
import com.onereview.ocr.ReadDocument;
import com.onereview.ocr.ReadPage;
import com.onereview.ocr.UnreadableDocumentException;
import com.onereview.registry.RegistryCrossCheck;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one document through reading and extraction. Slow work happens outside any transaction; the
 * result, page images and the {@link DocumentExtracted} event are stored in one transaction that only
 * succeeds for the run that still owns the document, so a document completes exactly once.
 */
@Component
class DocumentProcessor {

	private static final Logger log = LoggerFactory.getLogger(DocumentProcessor.class);

	private final DocumentStore store;

	private final DocumentReader reader;

	private final FieldExtractor extractor;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final IngestProperties properties;

	private final MeterRegistry meters;

	private final RegistryCrossCheck registry;

	DocumentProcessor(DocumentStore store, DocumentReader reader, FieldExtractor extractor, TransactionTemplate tx,
			ApplicationEventPublisher events, JsonMapper json, IngestProperties properties, MeterRegistry meters,
			RegistryCrossCheck registry) {
		this.meters = meters;
		this.registry = registry;
		this.store = store;
		this.reader = reader;
		this.extractor = extractor;
		this.tx = tx;
		this.events = events;
		this.json = json;
		this.properties = properties;
	}

	void process(String documentId, String instance) {
		String runId = UUID.randomUUID().toString();
		Boolean started = tx.execute(status -> {
			if (!store.startProcessing(documentId)) {
				return false;
			}
			store.startRun(runId, documentId, instance);
			return true;
		});
		if (!Boolean.TRUE.equals(started)) {
			log.info("Document {} is already finished; nothing to do", documentId);
			return;
		}
		DocumentView document = store.find(documentId).orElseThrow();
		if (document.attempts() > properties.maxAttempts()) {
			fail(documentId, runId, "TOO_MANY_ATTEMPTS", "Processing was interrupted " + properties.maxAttempts()
					+ " times; giving up");
			return;
		}
		try {
			long start = System.nanoTime();
			ReadDocument read = reader.read(store.content(document.sha256()));
			DocumentResult result = registry.check(extractor.extract(document.fileName(), read));
			List<PageImage> pages = encodePages(read);
			String resultJson = json.writeValueAsString(result);
			tx.executeWithoutResult(status -> {
				boolean won = store.finishExtracted(documentId, result.documentType().name(), result.pages(),
						resultJson);
				if (won) {
					for (int i = 0; i < pages.size(); i++) {
						store.insertPage(documentId, i + 1, pages.get(i));
					}
					List<String> parts = insertParts(document, result);
					events.publishEvent(new DocumentExtracted(documentId, result.documentType().name(),
							document.uploadedBy(), parts));
				}
				store.finishRun(runId, won ? "EXTRACTED" : "SUPERSEDED");
			});
			long nanos = System.nanoTime() - start;
			meters.timer("onereview.documents.processing", "outcome", "extracted").record(Duration.ofNanos(nanos));
			meters.counter("onereview.pages.read").increment(pages.size());
			log.info("Document {} extracted: {} page(s), type {}, {} document(s) in the file, {} ms", documentId,
					result.pages(), result.documentType(), Math.max(1, result.documents().size()), nanos / 1_000_000);
		}
		catch (UnreadableDocumentException ex) {
			fail(documentId, runId, ex.reason().name(), ex.getMessage());
		}
		catch (Exception ex) {
			if (document.attempts() >= properties.maxAttempts()) {
				fail(documentId, runId, "PROCESSING_ERROR", ex.getMessage());
				return;
			}
			tx.executeWithoutResult(status -> store.finishRun(runId, "RETRY"));
			throw new IllegalStateException("Processing document " + documentId + " failed; will retry", ex);
		}
	}

	/**
	 * Every document found in the file besides the primary one becomes a part of it (docs/adr/0012), in page
	 * order, with a result of its own: what a case holds and verifies like any document.
	 */
	private List<String> insertParts(DocumentView file, DocumentResult result) {
		List<String> ids = new ArrayList<>();
		List<FoundDocument> found = result.documents();
		for (int i = 0; i < found.size(); i++) {
			if (i == result.primaryIndex()) {
				continue;
			}
			FoundDocument part = found.get(i);
			String id = UUID.randomUUID().toString();
			DocumentResult partResult = new DocumentResult(result.file(), part.documentType(), result.pages(),
					part.fields(), part.issues(), null, List.of(part));
			store.insertPart(id, partName(file.fileName(), part.pages()), file, result.pages(), ids.size() + 1,
					json.writeValueAsString(part.pages()), part.documentType().name(), json.writeValueAsString(partResult));
			ids.add(id);
		}
		return ids;
	}

	/**
	 * The file's name and the part's pages, e.g. {@code scan.pdf (p. 3)}, so a case's list of documents tells the
	 * file's documents apart.
	 */
	static String partName(String fileName, List<Integer> pages) {
		int first = pages.get(0);
		int last = pages.get(pages.size() - 1);
		String suffix = first == last ? " (p. " + first + ")" : " (p. " + first + "–" + last + ")";
		return fileName.length() + suffix.length() > 255 ? fileName.substring(0, 255 - suffix.length()) + suffix
				: fileName + suffix;
	}

	private void fail(String documentId, String runId, String code, String message) {
		log.warn("Document {} failed: {} {}", documentId, code, message);
		meters.counter("onereview.documents.failed", "reason", code).increment();
		tx.executeWithoutResult(status -> {
			store.finishFailed(documentId, code, message);
			store.finishRun(runId, "FAILED");
		});
	}

	private static List<PageImage> encodePages(ReadDocument read) throws IOException {
		List<PageImage> pages = new ArrayList<>();
		for (ReadPage page : read.pages()) {
			BufferedImage image = page.image();
			pages.add(new PageImage(image.getWidth(), image.getHeight(), page.text().source().name(),
					page.text().engine(), page.text().rotation(), "image/jpeg", jpeg(image)));
		}
		return pages;
	}

	/** JPEG: a 300-dpi page encodes in a tenth of PNG's time, and the image is only for viewing. */
	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}
}
