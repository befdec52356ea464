package com.onereview.verification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.onereview.ingest.DocumentExtracted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens a verification case for every extracted document, in the transaction that stores the
 * extraction; the unique index on the document keeps it to one case per document.
 */
@Component
class CaseOpener {

	private static final Logger log = LoggerFactory.getLogger(CaseOpener.class);

	private final JdbcClient jdbc;

	CaseOpener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DocumentExtracted event) {
		String id = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO verification_case (id, document_id, state, document_type, created_by, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, event.documentId(), CaseState.PENDING_REVIEW.name(), event.documentType(), event.uploadedBy(),
					now, now)
			.update();
		log.info("Case {} opened for document {} ({})", id, event.documentId(), event.documentType());
	}
}
