package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.a6gateway.client.ApiClient;
import org.a6gateway.client.api.BlocksApi;
import org.a6gateway.client.api.HealthApi;
import org.a6gateway.client.api.ReconciliationApi;
import org.a6gateway.client.api.ReportsApi;
import org.a6gateway.client.api.SerialsApi;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.client.model.BtrReportRequest;
import org.a6gateway.client.model.DiscrepancyType;
import org.a6gateway.client.model.ReconciliationJob;
import org.a6gateway.client.model.ReportFormat;
import org.a6gateway.client.model.ReportJob;
import org.a6gateway.client.model.ReportParty;
import org.a6gateway.client.model.Severity;
import org.a6gateway.client.model.SyncRun;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClientResponseException;

/**
 * The gateway's operations as an integrator calls them: through the Java client generated from
 * gateway.yaml, signed in with the role each needs, on the store the shared first sync (also made
 * through the client) has filled. Each test is one operation; bad input comes back as a 400 naming the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private SyncRun synced;

    private ApiClient as(String role) {
        return ApiAccess.client(context, port, role);
    }

    @BeforeAll
    void startSyncRunThenGetSyncRunUntilItEnds() {
        var first = SyncedGateway.syncOnce(context, port);
        assertThat(first.started().getBody().getStatus()).isIn(SyncRun.StatusEnum.STARTING, SyncRun.StatusEnum.STARTED);
        synced = new SyncApi(as("INTEGRATOR")).getSyncRun(first.runId());
    }

    @Test
    void startSyncRunAndGetSyncRun() {
        assertThat(synced.getStatus()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        assertThat(synced.getSummary().getBlocks()).isEqualTo(637);
        assertThat(synced.getSummary().getCredits()).isEqualTo("23279450.000");
        assertThat(synced.getSummary().getLedgerEvents()).isEqualTo(1659);
        var missing = catchThrowableOfType(RestClientResponseException.class, () -> new SyncApi(as("INTEGRATOR")).getSyncRun(0L));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getResponseBodyAsString()).contains("'runId'");
    }

    @Test
    void startReconciliationAndGetReconciliation() {
        var api = new ReconciliationApi(as("OPERATOR"));
        var started = api.startReconciliation();
        var done = await().atMost(Duration.ofMinutes(5)).until(() -> api.getReconciliation(started.getJobId()),
                job -> job.getStatus() == ReconciliationJob.StatusEnum.COMPLETED || job.getStatus() == ReconciliationJob.StatusEnum.FAILED);
        assertThat(done.getStatus()).isEqualTo(ReconciliationJob.StatusEnum.COMPLETED);
        assertThat(done.getReconciliation().getFound()).isEqualTo(19);
        assertThat(done.getReconciliation().getByType()).containsEntry("DOUBLE_CLAIM", 2L);
    }

    @Test
    void listDiscrepancies() {
        var page = new ReconciliationApi(as("INTEGRATOR")).listDiscrepancies(null, Severity.CRITICAL, null, null, 0, 100);
        assertThat(page.getTotal()).isEqualTo(11);
        assertThat(page.getItems()).extracting(d -> d.getSeverity()).containsOnly(Severity.CRITICAL);
        var tooBig = catchThrowableOfType(RestClientResponseException.class,
                () -> new ReconciliationApi(as("INTEGRATOR")).listDiscrepancies(null, null, null, null, 0, 1001));
        assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
        assertThat(tooBig.getResponseBodyAsString()).contains("'size'");
    }

    @Test
    void getDiscrepancy() {
        var api = new ReconciliationApi(as("INTEGRATOR"));
        var doubleClaim = api.listDiscrepancies(DiscrepancyType.DOUBLE_CLAIM, null, null, null, 0, 10).getItems().get(0);
        var found = api.getDiscrepancy(doubleClaim.getKey());
        assertThat(found.getType()).isEqualTo(DiscrepancyType.DOUBLE_CLAIM);
        assertThat(found.getRegistry()).isEqualTo("KVS");
        assertThat(found.getQuantity()).isEqualTo(doubleClaim.getQuantity());
        var badKey = catchThrowableOfType(RestClientResponseException.class, () -> api.getDiscrepancy("not-a-key"));
        assertThat(badKey.getStatusCode().value()).isEqualTo(400);
        assertThat(badKey.getResponseBodyAsString()).contains("'key'");
    }

    @Test
    void exportDiscrepancies() {
        var csv = new ReconciliationApi(as("INTEGRATOR"))
                .exportDiscrepanciesWithResponseSpec("csv", null, Severity.MEDIUM, null, null).body(String.class);
        assertThat(csv.lines()).hasSize(3).first().asString().startsWith("key,change,first_seen_run,severity,type");
        assertThat(csv).contains("VINTAGE_DRIFT").contains("HOLDER_DRIFT");
    }

    @Test
    void listReportParties() {
        assertThat(new ReportsApi(as("GOVERNMENT")).listReportParties()).extracting(ReportParty::getCode)
                .contains("TZA", "MDG", "KOR").hasSize(15);
    }

    @Test
    void createBtrReportThenGetReportAndDownloadReport() {
        var api = new ReportsApi(as("GOVERNMENT"));
        var job = api.createBtrReport(new BtrReportRequest().party("Tanzania").inventoryYear(2024)
                .mode(BtrReportRequest.ModeEnum.TOOL_COMPATIBLE).format(ReportFormat.CSV));
        var done = await().atMost(Duration.ofMinutes(5)).until(() -> api.getReport(job.getJobId()),
                j -> j.getStatus() == ReportJob.StatusEnum.COMPLETED || j.getStatus() == ReportJob.StatusEnum.FAILED);
        assertThat(done.getStatus()).isEqualTo(ReportJob.StatusEnum.COMPLETED);
        // The client's converters are Jackson's only: a file is read as bytes, which a CSV report allows.
        String table4 = new String(api.downloadReportWithResponseSpec(done.getJobId()).body(byte[].class), StandardCharsets.UTF_8);
        assertThat(table4).contains("TZA").contains("180867");
    }

    @Test
    void createAefReport() {
        var api = new ReportsApi(as("GOVERNMENT"));
        var bad = catchThrowableOfType(RestClientResponseException.class,
                () -> api.createAefReport(new org.a6gateway.client.model.AefReportRequest().party("MDG").year(1989)));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getResponseBodyAsString()).contains("'year'");
        var job = api.createAefReport(new org.a6gateway.client.model.AefReportRequest().party("MDG").year(2025).format(ReportFormat.CSV));
        assertThat(job.getKind()).isEqualTo(ReportJob.KindEnum.AEF);
        assertThat(job.getFileName()).isEqualTo("aef-MDG-2025.csv");
    }

    @Test
    void getBlockBySerial() {
        var block = new BlocksApi(as("INTEGRATOR")).getBlockBySerial("16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1");
        assertThat(block.getPrivateRegistry().getQuantity()).isEqualTo(789840470L - 789819583L + 1);
        assertThat(block.getNationalRegistry().getMatched()).isTrue();
        var missing = catchThrowableOfType(RestClientResponseException.class, () -> new BlocksApi(as("INTEGRATOR")).getBlockBySerial("GS1-1-XX-0-0-2021-1-1-1"));
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void parseSerial() {
        var parsed = new SerialsApi(as("INTEGRATOR")).parseSerial("GS1-1-MG-GS11202-16-2021-25339-106-205");
        assertThat(parsed.getRegistry()).isEqualTo("GS");
        assertThat(parsed.getQuantity()).isEqualTo(100);
        var bad = catchThrowableOfType(RestClientResponseException.class, () -> new SerialsApi(as("INTEGRATOR")).parseSerial("not a serial"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void getHealthNeedsNoCredentials() {
        var health = new HealthApi(new ApiClient().setBasePath("http://localhost:" + port + "/api/v1")).getHealth();
        assertThat(health.getStatus()).isEqualTo("UP");
        assertThat(health.getRegistries()).containsEntry("verra", "UP").containsEntry("national-registry", "UP");
    }
}
