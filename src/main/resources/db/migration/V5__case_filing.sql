-- Filing approved account openings into the regulator's portal (rpa module)
ALTER TABLE verification_case ADD COLUMN filed_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE case_filing (
    case_id       VARCHAR(36)   PRIMARY KEY REFERENCES verification_case (id),
    -- QUEUED (waiting or being retried), FILED, REFUSED (portal's checks; back to the verifier),
    -- HALTED (a page we do not know, or out of attempts: operations must look)
    state         VARCHAR(16)   NOT NULL,
    filing_json   TEXT          NOT NULL,
    attempts      INTEGER       NOT NULL DEFAULT 0,
    receipt_no    VARCHAR(40),
    already_filed BOOLEAN,
    evidence      BYTEA,
    evidence_sha256 CHAR(64),
    last_error    VARCHAR(2000),
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_filing_state_idx ON case_filing (state);
