package com.onereview.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Originals, documents, upload events, pages and processing runs, in the database. */
@Repository
class DocumentStore {

	private static final String DOCUMENT_COLUMNS = "id, file_name, media_type, size_bytes, sha256, status, "
			+ "document_type, page_count, result_json, error_code, error_message, attempts, uploaded_by, uploaded_at, "
			+ "finished_at";

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the bytes unless the same bytes are already kept. */
	void keepContent(String sha256, String mediaType, byte[] content) {
		boolean present = jdbc.sql("SELECT COUNT(*) FROM stored_content WHERE sha256 = ?")
			.param(sha256)
			.query(Integer.class)
			.single() > 0;
		if (!present) {
			jdbc.sql("INSERT INTO stored_content (sha256, size_bytes, media_type, content, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
				.params(sha256, content.length, mediaType, content, now())
				.update();
		}
	}

	byte[] content(String sha256) {
		return jdbc.sql("SELECT content FROM stored_content WHERE sha256 = ?")
			.param(sha256)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	void insertDocument(String id, String sha256, String fileName, String mediaType, long size, String user) {
		jdbc.sql("INSERT INTO document (id, sha256, file_name, media_type, size_bytes, status, attempts, uploaded_by, "
				+ "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(id, sha256, fileName, mediaType, size, DocumentStatus.RECEIVED.name(), user, now())
			.update();
	}

	void insertUploadEvent(String id, String documentId, String sha256, String fileName, long size, String outcome,
			String reason, String user) {
		jdbc.sql("INSERT INTO upload_event (id, document_id, sha256, file_name, size_bytes, outcome, reason, "
				+ "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, documentId, sha256, fileName, size, outcome, reason, user, now())
			.update();
	}

	Optional<DocumentView> findBySha256(String sha256) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE sha256 = ?")
			.param(sha256)
			.query(DocumentStore::view)
			.optional();
	}

	/** The newest uploaded files, all of them or one user's (the further documents found in a file are not listed). */
	List<DocumentView> recent(String uploadedBy, int limit) {
		String where = uploadedBy == null ? " WHERE part_no = 0" : " WHERE part_no = 0 AND uploaded_by = :user";
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document" + where + " ORDER BY uploaded_at DESC LIMIT :limit")
			.params(Map.of("user", String.valueOf(uploadedBy), "limit", limit))
			.query(DocumentStore::view)
			.list();
	}

	Optional<DocumentView> find(String id) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE id = ?")
			.param(id)
			.query(DocumentStore::view)
			.optional();
	}


	/** The further documents found in a file, in page order. */
	List<DocumentView> parts(String fileId) {
		return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE part_of = ? ORDER BY part_no")
			.param(fileId)
			.query(DocumentStore::view)
			.list();
	}

	/**
	 * Records a further document found in an extracted file: its name, own type and result, the file's size and page
	 * count (its boxes and page images are the file's); no SHA-256, the bytes are the file's.
	 */
	void insertPart(String id, String name, DocumentView file, int pageCount, int partNo, String pagesJson,
			String documentType, String resultJson) {
		Timestamp now = now();
		jdbc.sql("INSERT INTO document (id, file_name, media_type, size_bytes, status, document_type, page_count, "
				+ "result_json, attempts, uploaded_by, uploaded_at, finished_at, part_of, part_no, part_pages) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")
			.params(id, name, file.mediaType(), file.sizeBytes(),
					DocumentStatus.EXTRACTED.name(), documentType, pageCount, resultJson, file.uploadedBy(), now,
					now, file.id(), partNo, pagesJson)
			.update();
	}

	/** The processing state of these documents, without their results: what a live status stream polls. */
	List<DocumentProgress> progress(Collection<String> ids) {
		return jdbc.sql("SELECT id, file_name, status, document_type, page_count, error_code, error_message, uploaded_by "
				+ "FROM document WHERE id IN (:ids)")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> new DocumentProgress(rs.getString("id"), rs.getString("file_name"),
					DocumentStatus.valueOf(rs.getString("status")), rs.getString("document_type"),
					(Integer) rs.getObject("page_count"), rs.getString("error_code"), rs.getString("error_message"),
					rs.getString("uploaded_by")))
			.list();
	}

	/** Marks a document as being processed; false when it is already finished. */
	boolean startProcessing(String id) {
		return jdbc.sql("UPDATE document SET status = ?, attempts = attempts + 1, processing_started_at = ? "
				+ "WHERE id = ? AND status IN (?, ?)")
			.params(DocumentStatus.PROCESSING.name(), now(), id, DocumentStatus.RECEIVED.name(),
					DocumentStatus.PROCESSING.name())
			.update() == 1;
	}


	/** Stores the result; false when another run finished the document first. */
	boolean finishExtracted(String id, String documentType, int pages, String resultJson) {
		return jdbc.sql("UPDATE document SET status = ?, document_type = ?, page_count = ?, result_json = ?, "
				+ "error_code = NULL, error_message = NULL, finished_at = ? WHERE id = ? AND status = ?")
			.params(DocumentStatus.EXTRACTED.name(), documentType, pages, resultJson, now(), id,
					DocumentStatus.PROCESSING.name())
			.update() == 1;
	}

	boolean finishFailed(String id, String code, String message) {
		return jdbc.sql("UPDATE document SET status = ?, error_code = ?, error_message = ?, finished_at = ? "
				+ "WHERE id = ? AND status IN (?, ?)")
			.params(DocumentStatus.FAILED.name(), code, truncate(message, 1000), now(), id,
					DocumentStatus.RECEIVED.name(), DocumentStatus.PROCESSING.name())
			.update() == 1;
	}

	void insertPage(String documentId, int pageNo, PageImage page) {
		jdbc.sql("INSERT INTO document_page (document_id, page_no, width, height, text_source, engine, rotation, "
				+ "image_type, image) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(documentId, pageNo, page.width(), page.height(), page.source(), page.engine(), page.rotation(),
					page.mediaType(), page.bytes())
			.update();
	}

	/** A page image of the document, or of the file it is a part of. */
	Optional<PageImage> page(String documentId, int pageNo) {
		return jdbc.sql("SELECT width, height, text_source, engine, rotation, image_type, image FROM document_page "
				+ "WHERE document_id = COALESCE((SELECT part_of FROM document WHERE id = ?), ?) AND page_no = ?")
			.params(documentId, documentId, pageNo)
			.query((rs, n) -> new PageImage(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getBytes(7)))
			.optional();
	}

	void startRun(String runId, String documentId, String instance) {
		jdbc.sql("INSERT INTO processing_run (id, document_id, instance, started_at) VALUES (?, ?, ?, ?)")
			.params(runId, documentId, instance, now())
			.update();
	}

	void finishRun(String runId, String outcome) {
		jdbc.sql("UPDATE processing_run SET finished_at = ?, outcome = ? WHERE id = ?")
			.params(now(), outcome, runId)
			.update();
	}

	int countInStatus(DocumentStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM document WHERE status = ?").param(status.name()).query(Integer.class).single();
	}

	private static DocumentView view(ResultSet rs, int row) throws SQLException {
		return new DocumentView(rs.getString("id"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), DocumentStatus.valueOf(rs.getString("status")),
				rs.getString("document_type"), (Integer) rs.getObject("page_count"), rs.getString("result_json"),
				rs.getString("error_code"), rs.getString("error_message"), rs.getInt("attempts"),
				rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
