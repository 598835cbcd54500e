package org.a6gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.a6gateway.jobs.BackgroundLauncher;
import org.a6gateway.jobs.JobFailures;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.units.Party;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts report jobs in the background (202 and poll) and finds them with their file once written.
 * Each order is a job instance of its own (a fresh order id), so orders placed at the same moment
 * never meet in the job repository; they wait in line for one of {@code a6.reports.concurrency}
 * threads (2), so fifty at once neither take every database connection nor the heap.
 */
@Service
public class ReportRuns {

    /** The job repository keeps the order as a parameter of at most this many characters. */
    static final int MAX_ORDER_LENGTH = 2500;
    static final String ORDER_ID = "orderId";
    /** Who ordered the report, as signed in: kept with the job, not part of its identity. */
    static final String ORDERED_BY = "orderedBy";
    private static final int CREATE_ATTEMPTS = 10;

    private final Job reportJob;
    private final JobExplorer explorer;
    private final AuthorizationStore authorizations;
    private final ReportChecks checks;
    private final ObjectMapper json;
    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
    private final JobLauncher background;

    ReportRuns(Job reportJob, JobRepository repository, JobExplorer explorer, AuthorizationStore authorizations,
               ReportChecks checks, ObjectMapper json, @Value("${a6.reports.concurrency:2}") int concurrency) {
        this.reportJob = reportJob;
        this.explorer = explorer;
        this.authorizations = authorizations;
        this.checks = checks;
        this.json = json;
        threads.setCorePoolSize(concurrency);
        threads.setMaxPoolSize(concurrency);
        threads.setThreadNamePrefix("report-");
        threads.initialize();
        this.background = BackgroundLauncher.of(repository, threads);
    }

    /**
     * A report job: its order, status, the file once completed, and why it failed if it did; who
     * ordered it and when ({@code orderedBy} is null for an order placed without a caller signed in);
     * the checks its report ran, once completed (none for a report written before they were kept).
     */
    public record ReportRun(long id, ReportOrder order, String status, Path file, String failure, String orderedBy,
                            Instant orderedAt, List<CheckOutcome> checks) {

        public boolean completed() {
            return "COMPLETED".equals(status) && file != null;
        }
    }

    /** Accepts an order the job can keep and that concerns a Party the gateway holds authorizations of. */
    public ReportRun start(ReportOrder order, String orderedBy) {
        var text = written(order);
        if (text.length() > MAX_ORDER_LENGTH) {
            throw new IllegalArgumentException("the order is " + text.length() + " characters as kept with its job; at most "
                    + MAX_ORDER_LENGTH + " fit (give used and inventory figures for fewer years)");
        }
        requireAuthorizations(order.party());
        var builder = new JobParametersBuilder().addString(ORDER_ID, UUID.randomUUID().toString())
                .addString(ReportJobConfiguration.ORDER, text, false);
        if (orderedBy != null) {
            builder.addString(ORDERED_BY, orderedBy.length() > 200 ? orderedBy.substring(0, 200) : orderedBy, false);
        }
        var parameters = builder.toJobParameters();
        for (int attempt = 1; ; attempt++) {
            try {
                return view(background.run(reportJob, parameters), Map.of());
            } catch (PessimisticLockingFailureException e) {
                // PostgreSQL refuses some of many executions created at once under the job repository's
                // serializable isolation; the creation rolled back whole, so it is simply made again.
                if (attempt == CREATE_ATTEMPTS) {
                    throw new IllegalStateException("report could not start: " + e.getMessage(), e);
                }
            } catch (Exception e) {
                throw new IllegalStateException("report could not start: " + e.getMessage(), e);
            }
        }
    }

    public Optional<ReportRun> find(long id) {
        return Optional.ofNullable(explorer.getJobExecution(id))
                .filter(e -> ReportJobConfiguration.JOB_NAME.equals(e.getJobInstance().getJobName()))
                .map(e -> view(e, checks.of(List.of(id))));
    }

    /** The latest report jobs, newest first: what officers ordered, and how each went. */
    public List<ReportRun> latest(int limit) {
        var executions = explorer.getJobInstances(ReportJobConfiguration.JOB_NAME, 0, limit).stream()
                .map(explorer::getLastJobExecution).filter(Objects::nonNull).toList();
        var kept = checks.of(executions.stream().map(JobExecution::getId).toList());
        return executions.stream().map(e -> view(e, kept)).toList();
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    private void requireAuthorizations(Party party) {
        if (authorizations.all().stream().noneMatch(a -> party.alpha3().equals(a.party()))) {
            throw new IllegalArgumentException("the gateway holds no authorization of " + party.name() + " (" + party.alpha3()
                    + "): nothing to report; /api/v1/reports/parties lists the Parties it can report for");
        }
    }

    private String written(ReportOrder order) {
        try {
            return json.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report order could not be written: " + e.getMessage(), e);
        }
    }

    private ReportRun view(JobExecution execution, Map<Long, List<CheckOutcome>> kept) {
        ReportOrder order;
        try {
            order = json.readValue(execution.getJobParameters().getString(ReportJobConfiguration.ORDER), ReportOrder.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report job " + execution.getId() + " holds an unreadable order", e);
        }
        var context = execution.getExecutionContext();
        var file = context.containsKey(ReportJobConfiguration.FILE) ? Path.of(context.getString(ReportJobConfiguration.FILE)) : null;
        var created = execution.getCreateTime();
        return new ReportRun(execution.getId(), order, execution.getStatus().name(), file, JobFailures.of(execution),
                execution.getJobParameters().getString(ORDERED_BY),
                created == null ? null : created.atZone(ZoneId.systemDefault()).toInstant(),
                execution.getStatus() == BatchStatus.COMPLETED ? kept.getOrDefault(execution.getId(), List.of()) : List.of());
    }
}
