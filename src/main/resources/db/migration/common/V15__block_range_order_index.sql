-- The whole-store readers (reference attachment, summary, reconciliation, Table 4) stream every
-- block in (program, issuance, first unit) order. Without an index in that order the database
-- sorts the whole table on every pass: at a million blocks H2 wrote the sort out to temporary
-- storage each time (a fifth of a bench's samples in its row writer). With it, rows come in index
-- order; the range lookups by registry and issuance use it as well.
CREATE INDEX ix_credit_block_range ON credit_block (program, issuance_id, block_start, id);
