-- PostgreSQL uses a plain index for LIKE 'prefix%' only under the C collation: this one serves the
-- ledger's subject-prefix reads whatever the database's collation.
CREATE INDEX ix_ledger_event_subject_pattern ON ledger_event (subject varchar_pattern_ops);
