-- Ids of the rows the ingest writes in bulk come from sequences, not identity columns: Hibernate
-- must insert an identity row at once to learn its id, one statement per row, and so never
-- batched the ingest's inserts (100,000 blocks were 200,000 single inserts). A sequence hands out
-- 500 ids a call (the entities' allocationSize, which must stay equal to INCREMENT BY), so a page
-- is inserted in a few batches. The identity defaults stay for rows written by hand.
--
-- Hibernate's pooled optimizer takes a sequence value v as the top of the block v-499..v, so each
-- sequence starts 500 above the table's largest id: the first block begins right after it.
-- PostgreSQL's version of this file says the same with setval.
CREATE SEQUENCE credit_block_seq INCREMENT BY 500;
ALTER SEQUENCE credit_block_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM credit_block);
CREATE SEQUENCE itmo_action_seq INCREMENT BY 500;
ALTER SEQUENCE itmo_action_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM itmo_action);
CREATE SEQUENCE corresponding_adjustment_seq INCREMENT BY 500;
ALTER SEQUENCE corresponding_adjustment_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM corresponding_adjustment);
CREATE SEQUENCE itmo_pair_seq INCREMENT BY 500;
ALTER SEQUENCE itmo_pair_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM itmo_pair);

-- The national ingest looks up a page's actions and adjustments by their ids (IN list): H2 reads
-- an IN list through an index only when its column leads the index (see V11), and the unique keys
-- lead with the source registry.
CREATE INDEX ix_itmo_action_action_id ON itmo_action (action_id);
CREATE INDEX ix_corresponding_adjustment_adjustment_id ON corresponding_adjustment (adjustment_id);
