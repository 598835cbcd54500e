-- Each ingested page looks its blocks up by id: source_registry = ? AND block_id IN (…1,000 ids).
-- H2 reads an IN list through an index only on the index's first column, and every block has the
-- same source registry, so with uq_credit_block alone each page scanned the whole table (ingest
-- grew quadratically: 41% of a 100,000-block bench). An index led by block_id makes it a lookup
-- per id; PostgreSQL uses it as well.
CREATE INDEX ix_credit_block_block_id ON credit_block (block_id);
