-- A run that decided only some authorizations or adjustment reports again (an incremental sync)
-- looks their held-back records up by these columns (HeldBackSettlement) rather than reading every
-- open record of the kind: a million-block registry holds back ~475,000. H2 reads an ANY list
-- through an index only when the column leads it, so each column has its own.
CREATE INDEX ix_held_back_authorization ON held_back (authorization_id);
CREATE INDEX ix_held_back_subject ON held_back (subject);

-- The open records counted per kind and reason, kept by each settlement in its own transaction
-- (HeldBackTally) so that a sync's summary reads a few rows instead of counting ~475,000 every run.
-- Filled here from the records already held back.
CREATE TABLE held_back_tally (
    kind          VARCHAR(20) NOT NULL,
    reason        VARCHAR(40) NOT NULL,
    open_records  BIGINT      NOT NULL,
    CONSTRAINT pk_held_back_tally PRIMARY KEY (kind, reason)
);

INSERT INTO held_back_tally (kind, reason, open_records)
SELECT kind, reason, COUNT(*) FROM held_back WHERE resolved_at IS NULL GROUP BY kind, reason;
