package org.a6gateway.api;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.a6gateway.api.generated.JobsApi;
import org.a6gateway.api.generated.model.BatchStatus;
import org.a6gateway.api.generated.model.JobExecutionView;
import org.a6gateway.api.generated.model.JobSummary;
import org.a6gateway.api.generated.model.StepProgress;
import org.a6gateway.sync.JobControl;
import org.a6gateway.sync.JobRun;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The gateway's batch jobs for operators: launched and restarted in the background (202, then poll), stopped, followed. */
@RestController
@RequestMapping("/api/v1")
class JobsController implements JobsApi {

    private final JobControl jobs;

    JobsController(JobControl jobs) {
        this.jobs = jobs;
    }

    @Override
    public ResponseEntity<List<JobSummary>> listJobs() {
        return ResponseEntity.ok(jobs.launchable().stream().map(name -> new JobSummary().name(name)
                .restartable(jobs.isRestartable(name)).lastExecution(jobs.latest(name).map(JobsController::view).orElse(null)))
                .toList());
    }

    @Override
    public ResponseEntity<JobExecutionView> launchJob(String jobName) {
        if (!jobs.launchable().contains(jobName)) {
            throw new NotFound("no job '" + jobName + "' to launch; GET /api/v1/jobs lists them");
        }
        return accepted(jobs.launch(jobName));
    }

    @Override
    public ResponseEntity<JobExecutionView> getJobExecution(Long executionId) {
        return ResponseEntity.ok(view(existing(executionId)));
    }

    @Override
    public ResponseEntity<JobExecutionView> restartJobExecution(Long executionId) {
        existing(executionId);
        return accepted(jobs.restart(executionId));
    }

    @Override
    public ResponseEntity<JobExecutionView> stopJobExecution(Long executionId) {
        existing(executionId);
        return accepted(jobs.stop(executionId));
    }

    private JobRun existing(long executionId) {
        return jobs.find(executionId).orElseThrow(() -> new NotFound("no job execution " + executionId));
    }

    private static ResponseEntity<JobExecutionView> accepted(JobRun run) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/job-executions/" + run.id())).body(view(run));
    }

    private static JobExecutionView view(JobRun run) {
        return new JobExecutionView().executionId(run.id()).jobName(run.jobName()).jobInstanceId(run.instanceId())
                .status(BatchStatus.fromValue(run.status())).exitCode(run.exitCode()).exitDescription(run.exitDescription())
                .createdAt(utc(run.createdAt())).startedAt(utc(run.startedAt())).endedAt(utc(run.endedAt()))
                .steps(run.steps().stream().map(JobsController::view).toList());
    }

    private static StepProgress view(JobRun.StepRun step) {
        return new StepProgress().name(step.name()).status(BatchStatus.fromValue(step.status())).readCount(step.readCount())
                .writeCount(step.writeCount()).skipCount(step.skipCount()).commitCount(step.commitCount())
                .rollbackCount(step.rollbackCount()).exitCode(step.exitCode()).exitDescription(step.exitDescription())
                .startedAt(utc(step.startedAt())).endedAt(utc(step.endedAt()));
    }

    /** Spring Batch records local times of the gateway's zone. */
    private static OffsetDateTime utc(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
