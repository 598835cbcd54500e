-- The outbox's intake looks up the commands waiting on a list's subjects with one
-- "registry = ? and subject in (...)" read: H2 seeks an IN list only on an index's first column,
-- so with the registry first it walked the registry's whole queue for every list. With the
-- subject first both databases seek each subject; the one-command lookups by registry,
-- operation, subject (and payload) use it as before.
DROP INDEX ix_outbox_subject;
CREATE INDEX ix_outbox_subject ON outbox_command (subject, registry, operation);
