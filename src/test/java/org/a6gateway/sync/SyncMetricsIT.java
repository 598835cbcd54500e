package org.a6gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.a6gateway.testing.ApiAccess;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** After a sync, /actuator/prometheus shows what was read, pushed and found, and how long the jobs took. */
// A context (and so a database) of its own: the figures below are those of one first sync.
// Spring Boot's tests switch metrics export off unless asked: this test is about the export.
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"a6.test.context=metrics", "a6.simulator.private-registries=one"})
class SyncMetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    SyncRuns runs;

    @Autowired
    RestClient.Builder builder;

    @Autowired
    ApplicationContext context;

    @Test
    void aSyncShowsItsIngestPushesDeadLettersJobDurationsAndDiscrepanciesByType() {
        assertThat(runs.runNow().status()).isEqualTo("COMPLETED");

        String metrics = builder.baseUrl("http://localhost:" + port).build().get().uri("/actuator/prometheus")
                .header(ApiAccess.KEY_HEADER, ApiAccess.key(context, "OPERATOR")).retrieve().body(String.class);

        assertThat(metrics)
                .containsPattern("a6_ingest_pages_total\\{registry=\"vcm-registry\"} \\d+")
                .contains("a6_ingest_records_total{outcome=\"new\",registry=\"vcm-registry\"} 637.0")
                .contains("a6_pushes_total{outcome=\"delivered\",registry=\"vcm-registry\"} 1301.0")
                .contains("a6_pushes_total{outcome=\"delivered\",registry=\"national-registry\"} 357.0")
                .contains("a6_pushes_total{outcome=\"dead_lettered\",registry=\"vcm-registry\"} 0.0")
                .contains("a6_outbox_dead_letters 0.0")
                .contains("a6_outbox_pending 0.0")
                .contains("a6_discrepancies{severity=\"CRITICAL\",type=\"DOUBLE_CLAIM\"} 2.0")
                .containsPattern("spring_batch_job_seconds_count\\{[^}]*name=\"sync\"[^}]*status=\"COMPLETED\"[^}]*} 1");
    }
}
