-- A whole listing ends by reading the ids of every block the store holds from its registry
-- (source_registry = ?), to take out those it no longer names. Since V23 turned uq_credit_block
-- round to lead with the block id, no index leads with the registry, and each such read scanned
-- the whole table, every registry's blocks with all their columns. This index holds both columns
-- the read needs, so it is answered from the index alone. It is one more index every stored block
-- is written into (V23's concern); the read it serves comes once a sync per listed registry.
CREATE INDEX ix_credit_block_registry ON credit_block (source_registry, block_id);
