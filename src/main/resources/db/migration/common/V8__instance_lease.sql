-- Several gateway instances share one database; a job runs on one of them at a time. Whoever runs
-- a job (or the sync poller) holds the job's lease: one row, renewed well before expires_at by its
-- holder. An instance that dies stops renewing, and once expires_at has passed another takes the
-- row over with a conditional UPDATE. Times are the database's clock, so hosts' clocks need not agree.
CREATE TABLE instance_lease (
    lease_name  VARCHAR(100)             PRIMARY KEY,
    holder      VARCHAR(200)             NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Which instance ran each sync execution (an interrupted run and its restart name different ones
-- after a takeover). No foreign key: the Batch tables may be cleaned up on their own schedule.
CREATE TABLE job_execution_instance (
    job_execution_id BIGINT       PRIMARY KEY,
    instance_id      VARCHAR(200) NOT NULL
);
