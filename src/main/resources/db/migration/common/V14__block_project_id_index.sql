-- The decision jobs read the blocks of a batch of authorizations' projects with one
-- `project_id IN (...)` query. H2 reads an IN list through an index only when its column leads
-- the index (see V11), and ix_credit_block_project starts with the registry: without this index
-- every batch would scan the whole table.
CREATE INDEX ix_credit_block_project_id ON credit_block (project_id);
