-- The simulated regulator's portal (com.onereview.simulator, demo and tests only) keeps the filings
-- it received here, so they survive a restart the way the real system's do. A repeatable migration:
-- it has no place in the product's version sequence.
CREATE TABLE IF NOT EXISTS sim_portal_filing (
    receipt_no     VARCHAR(32)  PRIMARY KEY,
    reference      VARCHAR(64)  NOT NULL,
    account_kind   VARCHAR(16)  NOT NULL,
    depositor_name VARCHAR(200) NOT NULL,
    credit_code    VARCHAR(18)  NOT NULL,
    data_json      TEXT         NOT NULL,
    filed_by       VARCHAR(64)  NOT NULL,
    filed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS sim_portal_filing_reference_idx ON sim_portal_filing (reference);
