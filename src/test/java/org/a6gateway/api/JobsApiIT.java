package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.a6gateway.client.api.JobsApi;
import org.a6gateway.client.model.BatchStatus;
import org.a6gateway.client.model.JobExecutionView;
import org.a6gateway.client.model.JobSummary;
import org.a6gateway.client.model.StepProgress;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/**
 * The batch jobs for operators through the generated client: listed, launched (202 and a
 * Location), followed step by step, stopped while running, restarted from where they stopped;
 * transitions a job cannot make are 409 problems.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=jobs-api")
class JobsApiIT {

    private static final List<String> SYNC_STEPS = List.of("ingestPrivate", "ingestNational", "importExports", "authorizationLabels", "deliverLabels",
            "mintItmoIdentifiers", "deliverItmoIdentifiers", "attachItmoReferences", "correspondingAdjustments", "deliverAdjustments", "publish",
            "reconcile", "summarize");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    JobsApi jobs;
    RestClient http;

    @BeforeEach
    void operator() {
        jobs = new JobsApi(ApiAccess.client(context, port, "OPERATOR"));
        http = ApiAccess.http(context, port, "OPERATOR");
    }

    private JobExecutionView ended(long executionId) {
        return await().atMost(Duration.ofMinutes(5)).until(() -> jobs.getJobExecution(executionId),
                e -> e.getStatus() != BatchStatus.STARTING && e.getStatus() != BatchStatus.STARTED && e.getStatus() != BatchStatus.STOPPING);
    }

    @Test
    void theJobsAnOperatorLaunchesByNameAreListedWithoutTheReportJob() {
        assertThat(jobs.listJobs()).extracting(JobSummary::getName)
                .containsExactly("authorizationLabels", "correspondingAdjustments", "itmoIdentifiers", "reconcile", "sync");
        assertThat(jobs.listJobs()).allSatisfy(job -> assertThat(job.getRestartable()).isTrue());
    }

    @Test
    void aSyncIsStoppedWhileItRunsThenRestartedFromWhereItStoppedToTheEnd() {
        var launched = jobs.launchJobWithHttpInfo("sync");
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long first = launched.getBody().getExecutionId();
        assertThat(launched.getHeaders().getLocation()).hasToString("/api/v1/job-executions/" + first);
        assertProblem(http.post().uri("/jobs/sync/executions").retrieve().toEntity(String.class), HttpStatus.CONFLICT,
                "job sync is already running: execution " + first);

        // Stopped once its first step has completed (all its partitions), so the restart has something to skip.
        await().atMost(Duration.ofMinutes(5)).until(() -> jobs.getJobExecution(first).getSteps().stream()
                .anyMatch(step -> step.getStatus() == BatchStatus.COMPLETED && !step.getName().contains(":")));
        var stopping = jobs.stopJobExecutionWithHttpInfo(first);
        assertThat(stopping.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(stopping.getBody().getStatus()).isEqualTo(BatchStatus.STOPPING);
        var stopped = ended(first);
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.getSteps()).noneMatch(step -> "summarize".equals(step.getName()));

        var restarted = jobs.restartJobExecutionWithHttpInfo(first);
        assertThat(restarted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long second = restarted.getBody().getExecutionId();
        assertThat(second).isNotEqualTo(first);
        assertThat(restarted.getBody().getJobInstanceId()).isEqualTo(stopped.getJobInstanceId());
        var completed = ended(second);
        assertThat(completed.getStatus()).as(completed.getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
        var completedBefore = stopped.getSteps().stream().filter(s -> s.getStatus() == BatchStatus.COMPLETED)
                .map(StepProgress::getName).filter(name -> !name.contains(":")).toList();
        assertThat(completedBefore).startsWith("ingestPrivate");
        assertThat(stopped.getSteps()).extracting(StepProgress::getName).filteredOn(name -> name.contains(":"))
                .as("one partition per private registry").containsExactlyInAnyOrder("ingestRegistry:verra",
                        "ingestRegistry:gold-standard", "ingestRegistry:kvs");
        assertThat(completed.getSteps()).extracting(StepProgress::getName)
                .containsExactlyElementsOf(SYNC_STEPS.stream().filter(step -> !completedBefore.contains(step)).toList());
        assertThat(completed.getSteps()).allSatisfy(step -> {
            assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step.getCommitCount()).isPositive();
        });
        assertThat(jobs.listJobs()).filteredOn(j -> j.getName().equals("sync")).singleElement()
                .satisfies(j -> assertThat(j.getLastExecution().getExecutionId()).isEqualTo(second));

        assertProblem(http.post().uri("/job-executions/{id}/restart", second).retrieve().toEntity(String.class), HttpStatus.CONFLICT,
                "execution " + second + " is COMPLETED: only a FAILED or STOPPED execution is restarted");
        assertProblem(http.post().uri("/job-executions/{id}/restart", first).retrieve().toEntity(String.class), HttpStatus.CONFLICT,
                "execution " + first + " was restarted already as execution " + second);
        assertProblem(http.post().uri("/job-executions/{id}/stop", second).retrieve().toEntity(String.class), HttpStatus.CONFLICT,
                "execution " + second + " is COMPLETED, not running");
    }

    @Test
    void aReconciliationIsLaunchedByNameAndFollowedToItsEnd() {
        var launched = jobs.launchJob("reconcile");

        var done = ended(launched.getExecutionId());
        assertThat(done.getJobName()).isEqualTo("reconcile");
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.getExitCode()).isEqualTo("COMPLETED");
        assertThat(done.getStartedAt()).isNotNull();
        assertThat(done.getEndedAt()).isAfterOrEqualTo(done.getStartedAt());
        assertThat(done.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(step.getSkipCount()).isZero();
        });
    }

    @Test
    void anUnknownJobOrExecutionIs404AndABadOneIs400NamingTheField() {
        assertProblem(http.post().uri("/jobs/report/executions").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no job 'report' to launch");
        assertProblem(http.post().uri("/jobs/nightly/executions").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no job 'nightly' to launch");
        assertProblem(http.get().uri("/job-executions/999999").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no job execution 999999");
        assertProblem(http.post().uri("/job-executions/999999/stop").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no job execution 999999");
        assertProblem(http.post().uri("/jobs/{name}/executions", "re_concile").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST,
                "'jobName'");
        assertProblem(http.get().uri("/job-executions/0").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'executionId'");
        assertProblem(http.post().uri("/job-executions/x/restart").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "executionId");
    }
}
