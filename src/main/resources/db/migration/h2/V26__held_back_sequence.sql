-- Held-back records take their ids from a sequence handing out 500 a call (ledger/PooledIds, as
-- V13 did for the ingest's tables), so a settlement knows the ids of the rows it inserts: with
-- an identity column it looked each part's ~1,000 new rows up again by key, 475,000 lookups in a
-- million-block registry's first minting. The sequence starts 500 above the largest id, a value
-- v standing for v-499..v. PostgreSQL's version of this file says the same with setval.
CREATE SEQUENCE held_back_seq INCREMENT BY 500;
ALTER SEQUENCE held_back_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 500 FROM held_back);
ALTER TABLE held_back ALTER COLUMN id DROP IDENTITY;
ALTER TABLE held_back ALTER COLUMN id SET DEFAULT NEXT VALUE FOR held_back_seq;
