-- A registry may publish a block's vintage as dates only, or not at all: the year is then not stored,
-- and the decisions hold such a block back rather than guess its vintage.
ALTER TABLE credit_block ALTER COLUMN vintage_year DROP NOT NULL;
ALTER TABLE block_tally ALTER COLUMN vintage_year DROP NOT NULL;

-- The use a retirement or cancellation was for (NDC, CORSIA, OIMP, VOLUNTARY_CLAIM, UNSPECIFIED):
-- the registry's own structured field, or what its words map to; the words stay in retirement_purpose.
ALTER TABLE credit_block ADD COLUMN retirement_use VARCHAR(20);

-- The unit an ITMO reference's first ITMO stands for: a registry that splits the referenced range
-- copies the reference to every part, and each unit's ITMO is still the first one plus its offset.
ALTER TABLE credit_block ADD COLUMN itmo_first_unit BIGINT;
