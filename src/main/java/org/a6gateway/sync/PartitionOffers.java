package org.a6gateway.sync;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The partitions offered to every instance (V33__partition_offer.sql). Taking one is one
 * conditional UPDATE, so two instances never take the same partition.
 */
@Repository
class PartitionOffers {

    /** A partition to run: its step execution, of which job execution, for which registry. */
    record Offer(long stepExecutionId, long jobExecutionId, String stepName, String registry) {
    }

    private final JdbcTemplate jdbc;

    PartitionOffers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void offer(Collection<StepExecution> partitions) {
        for (StepExecution partition : partitions) {
            jdbc.update("delete from partition_offer where step_execution_id = ?", partition.getId());
            jdbc.update("insert into partition_offer (step_execution_id, job_execution_id, step_name, registry, offered_at)"
                    + " values (?, ?, ?, ?, current_timestamp)", partition.getId(), partition.getJobExecutionId(),
                    partition.getStepName(), RegistryPartitions.registryOf(partition));
        }
    }

    /** Takes an open offer for {@code instance}: of this job execution, or (null) of any but {@code skipped}. */
    Optional<Offer> take(String instance, Long jobExecutionId, Collection<Long> skipped) {
        for (Offer open : open(jobExecutionId)) {
            if (!skipped.contains(open.jobExecutionId()) && jdbc.update("update partition_offer set taken_by = ?,"
                    + " taken_at = current_timestamp where step_execution_id = ? and taken_by is null and done_at is null",
                    instance, open.stepExecutionId()) == 1) {
                return Optional.of(open);
            }
        }
        return Optional.empty();
    }

    private List<Offer> open(Long jobExecutionId) {
        String sql = "select step_execution_id, job_execution_id, step_name, registry from partition_offer"
                + " where taken_by is null and done_at is null" + (jobExecutionId == null ? "" : " and job_execution_id = ?")
                + " order by step_execution_id";
        Object[] args = jobExecutionId == null ? new Object[0] : new Object[] {jobExecutionId};
        return jdbc.query(sql, (rs, i) -> new Offer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), args);
    }

    /** Gives an offer back, untaken (its taker could not run it). */
    void giveBack(long stepExecutionId, String instance) {
        jdbc.update("update partition_offer set taken_by = null, taken_at = null where step_execution_id = ? and taken_by = ?",
                stepExecutionId, instance);
    }

    void done(long stepExecutionId) {
        jdbc.update("update partition_offer set done_at = current_timestamp where step_execution_id = ?", stepExecutionId);
    }

    /** The instances holding this job execution's offers taken and not done. */
    List<String> takers(long jobExecutionId) {
        return jdbc.queryForList("select distinct taken_by from partition_offer where job_execution_id = ? and taken_by is not null"
                + " and done_at is null", String.class, jobExecutionId);
    }

    /** Offers again what a dead instance took and did not finish. */
    void reofferTakenBy(String instance, long jobExecutionId) {
        jdbc.update("update partition_offer set taken_by = null, taken_at = null where job_execution_id = ? and taken_by = ?"
                + " and done_at is null", jobExecutionId, instance);
    }
}
