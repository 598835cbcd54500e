-- H2 hands out identity values from a cache of 32 and, each time the cache runs out, commits its
-- store to disk in the middle of the inserting transaction (Sequence.flush): inserting 475,000
-- held-back records of a million-block registry wrote the store out ~15,000 times, and the
-- decision changes the ingest notes cost it a tenth of its time (JFR, docs/BENCHMARKS.md). Each
-- such store writes every page the transaction has dirtied so far, so even one per 1,000 rows
-- still cost 3.3 s of the million-block ITMO step; a cache of 100,000 leaves a handful per run.
-- Values stay increasing; a crash loses at most the cached ones (a gap in the ids, as before).
-- PostgreSQL needs no such change: its nextval commits nothing.
ALTER TABLE held_back ALTER COLUMN id SET CACHE 100000;
ALTER TABLE decision_change ALTER COLUMN id SET CACHE 100000;
ALTER TABLE outbox_command ALTER COLUMN id SET CACHE 100000;
ALTER TABLE discrepancy ALTER COLUMN id SET CACHE 100000;
ALTER TABLE quarantine ALTER COLUMN id SET CACHE 100000;
ALTER TABLE export_record ALTER COLUMN id SET CACHE 100000;
