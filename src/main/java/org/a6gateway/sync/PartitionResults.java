package org.a6gateway.sync;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.StepExecutionAggregator;
import org.springframework.stereotype.Component;

/**
 * Gathers what the private registries' partitions recorded in their own step contexts (they may
 * run on other instances) into the job's, once every partition ended: what each read, which were
 * set aside, and what they retried.
 */
@Component
class PartitionResults {

    private final RunRetries retries;

    PartitionResults(RunRetries retries) {
        this.retries = retries;
    }

    /** The partitions' counts summed as Spring Batch does, and what each recorded moved into the job's context. */
    StepExecutionAggregator aggregator() {
        var counts = new DefaultStepExecutionAggregator();
        return (result, partitions) -> {
            counts.aggregate(result, partitions);
            var job = result.getJobExecution().getExecutionContext();
            for (StepExecution partition : partitions) {
                var own = partition.getExecutionContext();
                own.entrySet().stream().filter(e -> e.getKey().startsWith(RunIngests.INGEST_PREFIX)
                                || e.getKey().startsWith(SetAside.UNAVAILABLE_PREFIX))
                        .forEach(e -> job.put(e.getKey(), e.getValue()));
                if (own.containsKey(RunRetries.RETRIED)) {
                    retries.add(job, retries.retried(own));
                }
            }
        };
    }
}
