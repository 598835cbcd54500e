package org.a6gateway.sync;

import org.a6gateway.jobs.JobLeases;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records which gateway instance ran each sync execution, so a takeover can be followed (and tested). */
@Component
class ExecutionInstances implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final JobLeases leases;

    ExecutionInstances(JdbcTemplate jdbc, JobLeases leases) {
        this.jdbc = jdbc;
        this.leases = leases;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        jdbc.update("insert into job_execution_instance (job_execution_id, instance_id) values (?, ?)",
                execution.getId(), leases.instanceId());
    }
}
