-- The summary breaks the store down by the registry each block came from (several private
-- registries per host Party): the tally's groups are kept per source registry too, and refilled
-- here from the blocks already stored.
DELETE FROM block_tally;
ALTER TABLE block_tally ADD COLUMN source_registry VARCHAR(40) DEFAULT '' NOT NULL;

INSERT INTO block_tally (source_registry, program, project_id, host_country, vintage_year, vintage_start, vintage_end,
                         unit_size, blocks, units)
SELECT source_registry, program, project_id, host_country, vintage_year, vintage_start, vintage_end, unit_size, COUNT(*),
       SUM(block_end - block_start + 1)
FROM credit_block
GROUP BY source_registry, program, project_id, host_country, vintage_year, vintage_start, vintage_end, unit_size;
