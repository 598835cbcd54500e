package org.a6gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import org.a6gateway.ledger.JobFailures;
import org.a6gateway.ledger.BackgroundLauncher;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Starts report jobs in the background (202 and poll) and finds them with their file once written. */
@Service
public class ReportRuns {

    private final Job reportJob;
    private final JobLauncher background;
    private final JobExplorer explorer;
    private final ObjectMapper json;

    ReportRuns(Job reportJob, JobRepository repository, JobExplorer explorer, ObjectMapper json) {
        this.reportJob = reportJob;
        this.explorer = explorer;
        this.json = json;
        this.background = BackgroundLauncher.of(repository, "report-");
    }

    /** A report job: its order, status, the file once completed, and why it failed if it did. */
    public record ReportRun(long id, ReportOrder order, String status, Path file, String failure) {

        public boolean completed() {
            return "COMPLETED".equals(status) && file != null;
        }
    }

    public ReportRun start(ReportOrder order) {
        try {
            var parameters = new JobParametersBuilder(explorer).getNextJobParameters(reportJob)
                    .addString(ReportJobConfiguration.ORDER, json.writeValueAsString(order), false).toJobParameters();
            return view(background.run(reportJob, parameters));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report order could not be written: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("report could not start: " + e.getMessage(), e);
        }
    }

    public Optional<ReportRun> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> ReportJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .map(this::view);
    }

    private ReportRun view(JobExecution execution) {
        ReportOrder order;
        try {
            order = json.readValue(execution.getJobParameters().getString(ReportJobConfiguration.ORDER), ReportOrder.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report job " + execution.getId() + " holds an unreadable order", e);
        }
        var context = execution.getExecutionContext();
        var file = context.containsKey(ReportJobConfiguration.FILE) ? Path.of(context.getString(ReportJobConfiguration.FILE)) : null;
        return new ReportRun(execution.getId(), order, execution.getStatus().name(), file, JobFailures.of(execution));
    }

}
