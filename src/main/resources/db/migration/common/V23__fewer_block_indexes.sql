-- Every stored block is written into each of credit_block's indexes, and on H2 each of those
-- writes copies the index's path from root to leaf twice (the insert and its commit): at a million
-- blocks the secondary indexes were two thirds of what the ingest allocated (issue 9). Two pairs
-- served one purpose each, twice:
--   uq_credit_block (source_registry, block_id) and ix_credit_block_block_id (block_id): the
--   constraint now leads with block_id, so it answers a page's "block_id IN (...)" itself (V11);
--   ix_credit_block_project (program, project_id, host_country) and ix_credit_block_project_id
--   (project_id): one index led by project_id answers the decisions' "project_id IN (...)" (V14)
--   and a lookup of a project in a registry and host country alike.
ALTER TABLE credit_block DROP CONSTRAINT uq_credit_block;
ALTER TABLE credit_block ADD CONSTRAINT uq_credit_block UNIQUE (block_id, source_registry);
DROP INDEX ix_credit_block_block_id;
DROP INDEX ix_credit_block_project;
DROP INDEX ix_credit_block_project_id;
CREATE INDEX ix_credit_block_project ON credit_block (project_id, program, host_country);
