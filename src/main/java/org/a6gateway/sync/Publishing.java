package org.a6gateway.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.publication.PublicationResult;
import org.a6gateway.publication.Publications;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.stereotype.Component;

/**
 * The publication step: once every decision is delivered and read back, each publication registry
 * (CADT) is brought to show them. Nothing to do without one configured. A run that set a registry
 * aside does not publish: it would publish what that registry held when last read.
 */
@Component
class Publishing {

    static final String STEP = "publish";
    private static final String RESULTS = "published";
    private static final TypeReference<Map<String, PublicationResult>> RESULT_MAP = new TypeReference<>() {
    };

    private final Publications publications;
    private final ContextJson json;

    Publishing(Publications publications, ContextJson json) {
        this.publications = publications;
        this.json = json;
    }

    Step step(JobRepository repository) {
        return new StepBuilder(STEP, repository)
                .tasklet((contribution, chunk) -> publish(chunk), new ResourcelessTransactionManager())
                .build();
    }

    private RepeatStatus publish(ChunkContext chunk) {
        if (!publications.any()) {
            return RepeatStatus.FINISHED;
        }
        var job = RunContexts.job(chunk);
        var unavailable = SetAside.unavailable(job);
        if (!unavailable.isEmpty()) {
            SetAside.markSkipped(job, STEP, "not published: " + String.join(", ", unavailable.keySet()) + " could not be read");
            return RepeatStatus.FINISHED;
        }
        long run = chunk.getStepContext().getStepExecution().getJobExecutionId();
        job.putString(RESULTS, json.write(publications.publishAll("sync run " + run)));
        return RepeatStatus.FINISHED;
    }

    /** What each publication registry was published this run; empty when none is configured or the run did not publish. */
    Map<String, PublicationResult> results(ChunkContext chunk) {
        var job = RunContexts.job(chunk);
        return job.containsKey(RESULTS) ? json.read(job.getString(RESULTS), RESULT_MAP) : new TreeMap<>();
    }
}
