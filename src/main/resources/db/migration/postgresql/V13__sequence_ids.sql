-- Ids of the rows the ingest writes in bulk come from sequences, not identity columns: see the H2
-- version of this file. Each sequence hands out 500 ids a call (the entities' allocationSize) and
-- starts 500 above the table's largest id, since Hibernate's pooled optimizer takes a value v as
-- the top of the block v-499..v. setval(…, false): the next nextval returns exactly that value.
CREATE SEQUENCE credit_block_seq INCREMENT BY 500;
SELECT setval('credit_block_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM credit_block), false);
CREATE SEQUENCE itmo_action_seq INCREMENT BY 500;
SELECT setval('itmo_action_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM itmo_action), false);
CREATE SEQUENCE corresponding_adjustment_seq INCREMENT BY 500;
SELECT setval('corresponding_adjustment_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM corresponding_adjustment), false);
CREATE SEQUENCE itmo_pair_seq INCREMENT BY 500;
SELECT setval('itmo_pair_seq', (SELECT COALESCE(MAX(id), 0) + 500 FROM itmo_pair), false);

-- One source of ids per table (see the H2 file): a row inserted without an id takes the sequence.
ALTER TABLE credit_block ALTER COLUMN id DROP IDENTITY;
ALTER TABLE credit_block ALTER COLUMN id SET DEFAULT nextval('credit_block_seq');
ALTER TABLE itmo_action ALTER COLUMN id DROP IDENTITY;
ALTER TABLE itmo_action ALTER COLUMN id SET DEFAULT nextval('itmo_action_seq');
ALTER TABLE corresponding_adjustment ALTER COLUMN id DROP IDENTITY;
ALTER TABLE corresponding_adjustment ALTER COLUMN id SET DEFAULT nextval('corresponding_adjustment_seq');
ALTER TABLE itmo_pair ALTER COLUMN id DROP IDENTITY;
ALTER TABLE itmo_pair ALTER COLUMN id SET DEFAULT nextval('itmo_pair_seq');

-- The national ingest looks a page's actions and adjustments up by their ids (see the H2 file).
CREATE INDEX ix_itmo_action_action_id ON itmo_action (action_id);
CREATE INDEX ix_corresponding_adjustment_adjustment_id ON corresponding_adjustment (adjustment_id);
