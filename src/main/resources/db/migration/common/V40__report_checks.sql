-- The pre-submission checks of each report job, kept when its file is written so that a poll or the
-- list of reports shows them before the file is opened: per check how many fail it, and the first
-- few failures in words (the file lists them all). Keyed by the job execution, as the file is.
CREATE TABLE report_check (
    job_execution_id BIGINT       NOT NULL,
    check_no         INTEGER      NOT NULL,
    check_name       VARCHAR(500) NOT NULL,
    check_rule       VARCHAR(500) NOT NULL,
    failures         BIGINT       NOT NULL,
    CONSTRAINT pk_report_check PRIMARY KEY (job_execution_id, check_no)
);
CREATE TABLE report_check_example (
    job_execution_id BIGINT        NOT NULL,
    check_no         INTEGER       NOT NULL,
    example_no       INTEGER       NOT NULL,
    place            VARCHAR(500)  NOT NULL,
    detail           VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_report_check_example PRIMARY KEY (job_execution_id, check_no, example_no)
);
