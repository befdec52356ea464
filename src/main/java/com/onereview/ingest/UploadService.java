package com.onereview.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.onereview.ocr.ContentProbe;
import com.onereview.ocr.DocumentReader;
import com.onereview.ocr.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Accepts uploaded files: checks them by content, keeps every one byte for byte (refused ones too, for
 * tracing), recognises a re-upload of the same bytes, and enqueues new documents for processing.
 */
@Service
public class UploadService {

	private static final Logger log = LoggerFactory.getLogger(UploadService.class);

	private final DocumentStore store;

	private final DocumentReader reader;

	private final ProcessingQueue queue;

	private final TransactionTemplate tx;

	private final IngestProperties properties;

	private final ApplicationEventPublisher events;

	UploadService(DocumentStore store, DocumentReader reader, ProcessingQueue queue, TransactionTemplate tx,
			IngestProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.reader = reader;
		this.queue = queue;
		this.tx = tx;
		this.properties = properties;
	}

	/** The largest file accepted. */
	public DataSize maxFileSize() {
		return properties.maxFileSize();
	}

	/** Accepts one file on behalf of {@code user}. */
	public UploadOutcome accept(String clientFileName, byte[] content, String user) {
		return accept(clientFileName, content, user, null);
	}

	/**
	 * Accepts one file on behalf of {@code user} into a case ({@code caseId} may be null): a
	 * {@link DocumentUploaded} event in the storing transaction lets the case take it, or refuse it and so
	 * roll the upload back.
	 */
	public UploadOutcome accept(String clientFileName, byte[] content, String user, String caseId) {
		String fileName = SafeFileName.of(clientFileName);
		String sha256 = sha256(content);
		ContentProbe probe;
		try {
			probe = reader.probe(content);
		}
		catch (UnreadableDocumentException ex) {
			log.info("Refused upload '{}' ({} bytes) from {}: {} {}", fileName, content.length, user, ex.reason(),
					ex.getMessage());
			tx.executeWithoutResult(status -> {
				if (content.length > 0) {
					store.keepContent(sha256, "application/octet-stream", content);
				}
				store.insertUploadEvent(UUID.randomUUID().toString(), null, content.length > 0 ? sha256 : null,
						fileName, content.length, "REFUSED", ex.reason().name(), user);
			});
			return new UploadOutcome(fileName, null, sha256, false, null, ex.reason(), ex.getMessage());
		}
		try {
			return tx.execute(status -> store(fileName, sha256, probe.mediaType(), content, user, caseId));
		}
		catch (DuplicateKeyException ex) {
			// the same bytes arrived concurrently: the other upload won, this one is its duplicate
			return tx.execute(status -> store(fileName, sha256, probe.mediaType(), content, user, caseId));
		}
	}

	private UploadOutcome store(String fileName, String sha256, String mediaType, byte[] content, String user,
			String caseId) {
		Optional<DocumentView> existing = store.findBySha256(sha256);
		if (existing.isPresent()) {
			DocumentView document = existing.get();
			store.insertUploadEvent(UUID.randomUUID().toString(), document.id(), sha256, fileName, content.length,
					"DUPLICATE", null, user);
			if (caseId != null) {
				events.publishEvent(new DocumentUploaded(document.id(), caseId, document.uploadedBy(), user));
			}
			return new UploadOutcome(fileName, document.id(), sha256, true, document.status(), null, null);
		}
		String id = UUID.randomUUID().toString();
		store.keepContent(sha256, mediaType, content);
		store.insertDocument(id, sha256, fileName, mediaType, content.length, user);
		store.insertUploadEvent(UUID.randomUUID().toString(), id, sha256, fileName, content.length, "ACCEPTED", null,
				user);
		if (caseId != null) {
			events.publishEvent(new DocumentUploaded(id, caseId, user, user));
		}
		queue.enqueue(id);
		log.info("Accepted '{}' as document {} ({}, {} bytes) from {}", fileName, id, mediaType, content.length, user);
		return new UploadOutcome(fileName, id, sha256, false, DocumentStatus.RECEIVED, null, null);
	}

	/** The newest documents: every one when {@code user} is null, else that user's uploads. */
	public List<DocumentView> recent(String user, int limit) {
		return store.recent(user, limit);
	}

	/** The document as the API shows it. */
	public Optional<DocumentView> find(String id) {
		return store.find(id);
	}

	/**
	 * The further documents found in an uploaded file besides its primary one (a voucher after the license in one
	 * PDF), in page order; empty for a file of one document or one not read yet.
	 */
	public List<DocumentView> parts(String documentId) {
		return store.parts(documentId);
	}

	/** Where each of these documents is in processing (unknown ids left out), read from the database. */
	public List<DocumentProgress> progress(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : store.progress(ids);
	}

	/** How often a live status stream looks at its documents again. */
	public Duration statusEventInterval() {
		return properties.statusEventInterval();
	}

	/** A page image of a processed document. */
	public Optional<PageImage> page(String documentId, int pageNo) {
		return store.page(documentId, pageNo);
	}

	/** The lower-case hex SHA-256 by which originals are stored, and stored forms are recorded. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
