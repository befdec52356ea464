
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- originals, byte for byte, keyed by their SHA-256
CREATE TABLE stored_content (
    sha256     CHAR(64)     PRIMARY KEY,
    size_bytes BIGINT       NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    content    BYTEA      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id                    VARCHAR(36)  PRIMARY KEY,
    sha256                CHAR(64)     NOT NULL REFERENCES stored_content (sha256),
    file_name             VARCHAR(255) NOT NULL,
    media_type            VARCHAR(100) NOT NULL,
    size_bytes            BIGINT       NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    document_type         VARCHAR(32),
    page_count            INTEGER,
    result_json           TEXT,
    error_code            VARCHAR(40),
    error_message         VARCHAR(1000),
    attempts              INTEGER      NOT NULL DEFAULT 0,
    uploaded_by           VARCHAR(64)  NOT NULL,
    uploaded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    processing_started_at TIMESTAMP WITH TIME ZONE,
    finished_at           TIMESTAMP WITH TIME ZONE
);
-- a re-upload of the same bytes is the same document
CREATE UNIQUE INDEX document_sha256_uk ON document (sha256);
CREATE INDEX document_status_idx ON document (status);

-- every upload attempt, accepted or not, for traceability
CREATE TABLE upload_event (
    id          VARCHAR(36)  PRIMARY KEY,
    document_id VARCHAR(36)  REFERENCES document (id),
    sha256      CHAR(64),
    file_name   VARCHAR(255) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(40),
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document_page (
    document_id VARCHAR(36) NOT NULL REFERENCES document (id),
    page_no     INTEGER     NOT NULL,
    width       INTEGER     NOT NULL,
    height      INTEGER     NOT NULL,
    text_source VARCHAR(16) NOT NULL,
    engine      VARCHAR(32) NOT NULL,
    rotation    INTEGER     NOT NULL,
    image_type  VARCHAR(32) NOT NULL,
    image       BYTEA     NOT NULL,
    PRIMARY KEY (document_id, page_no)
);

-- one row per processing attempt: which instance ran it and how it ended
CREATE TABLE processing_run (
    id          VARCHAR(36)  PRIMARY KEY,
    document_id VARCHAR(36)  NOT NULL REFERENCES document (id),
    instance    VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    outcome     VARCHAR(16)
);
CREATE INDEX processing_run_document_idx ON processing_run (document_id);

CREATE TABLE verification_case (
    id            VARCHAR(36) PRIMARY KEY,
    document_id   VARCHAR(36) NOT NULL REFERENCES document (id),
    state         VARCHAR(24) NOT NULL,
    document_type VARCHAR(32) NOT NULL,
    created_by    VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
-- one case per document, however often its job runs
CREATE UNIQUE INDEX verification_case_document_uk ON verification_case (document_id);
CREATE INDEX verification_case_state_idx ON verification_case (state);

-- db-scheduler's table (the durable job queue), as its PostgreSQL schema, portable types
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_idx ON scheduled_tasks (priority, execution_time);
