-- A person's mark on a discrepancy, kept by the discrepancy's key (stable from run to run): it
-- stays while reconciliations keep finding the discrepancy, and as its history once resolved.
CREATE TABLE discrepancy_review (
    discrepancy_key  VARCHAR(16)   NOT NULL PRIMARY KEY,
    mark             VARCHAR(20)   NOT NULL,
    comment          VARCHAR(1000) NOT NULL,
    marked_by        VARCHAR(200)  NOT NULL,
    marked_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The ledger is read by subject prefix (a block's units, an ITMO pair) when a discrepancy is drilled into.
CREATE INDEX ix_ledger_event_subject ON ledger_event (subject);
