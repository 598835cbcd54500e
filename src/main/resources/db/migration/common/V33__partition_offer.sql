-- The partitions of a partitioned step (one per private registry), offered to every gateway
-- instance on the database: the instance running the step offers them, any instance takes one with
-- a conditional UPDATE (so two never take the same) and runs it, the job repository says when each
-- is done. The database is the broker: instances share it already.
CREATE TABLE partition_offer (
    step_execution_id BIGINT                   PRIMARY KEY,
    job_execution_id  BIGINT                   NOT NULL,
    step_name         VARCHAR(100)             NOT NULL,
    registry          VARCHAR(40)              NOT NULL,
    offered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by          VARCHAR(200),
    taken_at          TIMESTAMP WITH TIME ZONE,
    done_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_partition_offer_open ON partition_offer (done_at, taken_by);
