-- Ids of the rows the ingest writes in bulk come from sequences, not identity columns: Hibernate
-- must insert an identity row at once to learn its id, one statement per row, and so never
-- batched the ingest's inserts (100,000 blocks were 200,000 single inserts). A sequence hands out
-- 500 ids a call (the entities' allocationSize, which must stay equal to INCREMENT BY), so a page
-- is inserted in a few batches.
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

-- One source of ids per table: a row inserted by hand (without an id) takes the next sequence
-- value rather than an identity counter that knows nothing of the ids Hibernate allocated, and
-- would collide with them. It spends a whole block of 500 ids; only seeding and tests do that.
ALTER TABLE credit_block ALTER COLUMN id DROP IDENTITY;
ALTER TABLE credit_block ALTER COLUMN id SET DEFAULT NEXT VALUE FOR credit_block_seq;
ALTER TABLE itmo_action ALTER COLUMN id DROP IDENTITY;
ALTER TABLE itmo_action ALTER COLUMN id SET DEFAULT NEXT VALUE FOR itmo_action_seq;
ALTER TABLE corresponding_adjustment ALTER COLUMN id DROP IDENTITY;
ALTER TABLE corresponding_adjustment ALTER COLUMN id SET DEFAULT NEXT VALUE FOR corresponding_adjustment_seq;
ALTER TABLE itmo_pair ALTER COLUMN id DROP IDENTITY;
ALTER TABLE itmo_pair ALTER COLUMN id SET DEFAULT NEXT VALUE FOR itmo_pair_seq;

-- The national ingest looks up a page's actions and adjustments by their ids (IN list): H2 reads
-- an IN list through an index only when its column leads the index (see V11), and the unique keys
-- lead with the source registry.
CREATE INDEX ix_itmo_action_action_id ON itmo_action (action_id);
CREATE INDEX ix_corresponding_adjustment_adjustment_id ON corresponding_adjustment (adjustment_id);
