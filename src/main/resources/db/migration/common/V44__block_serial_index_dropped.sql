-- No query can use this index: the one lookup by serial compares the serial without its surrounding
-- spaces (trim(serial) = ?), which neither H2 nor PostgreSQL answers from an index on the column,
-- and every other read goes by registry, issuance and units. It was the largest index every stored
-- block is written into (97 MB at a million blocks on PostgreSQL, no scan in a whole bench).
DROP INDEX ix_credit_block_serial;
