-- Reference attachment reads the blocks of the issuances holding ITMO pairs' units, 500 issuances
-- a query. Asked "program = ? AND issuance_id IN (...)", H2 used only the leading equality of the
-- range index (program, issuance_id, ...), so each query scanned the whole program: at a million
-- blocks 50 such scans took 207 s where one whole-store pass takes 8 s. The query now asks by
-- issuance alone (the program is checked as the rows come), which this index answers, on H2 and
-- on PostgreSQL alike.
CREATE INDEX ix_credit_block_issuance ON credit_block (issuance_id);
