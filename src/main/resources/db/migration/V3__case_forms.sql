-- The forms of an approved case: the FINAL fill (flattened PDF, its SHA-256 also in audit_event), or FAILED
-- with the reason when the form could not be filled truthfully. One row per case and form; previews are
-- filled on request and never stored.
CREATE TABLE case_form (
    case_id   VARCHAR(36)  NOT NULL REFERENCES verification_case (id),
    form_id   VARCHAR(64)  NOT NULL,
    kind      VARCHAR(8)   NOT NULL CHECK (kind IN ('FINAL', 'FAILED')),
    pdf       BYTEA,
    sha256    VARCHAR(64),
    error     VARCHAR(1000),
    filled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    filled_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (case_id, form_id)
);
