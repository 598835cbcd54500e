-- Each enqueued command looks for undelivered commands on its subject to supersede: without this
-- index that is a scan of the registry's whole queue per command, quadratic in a large job.
CREATE INDEX ix_outbox_subject ON outbox_command (registry, subject, operation);
