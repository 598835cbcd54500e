package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import org.a6gateway.api.generated.model.BlockView;
import org.a6gateway.api.generated.model.Health;
import org.a6gateway.api.generated.model.SyncRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The gateway API over HTTP: the shared first sync run accepted and polled, a block, health, problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class GatewayApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    RestClient http;

    @BeforeEach
    void client() {
        http = ApiAccess.http(context, port, "OPERATOR");
    }

    @Test
    void aSyncRunIsAcceptedThenPolledToItsSummary() {
        var first = SyncedGateway.syncOnce(context, port);

        assertThat(first.started().getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(first.started().getBody().getStatus()).isIn(org.a6gateway.client.model.SyncRun.StatusEnum.STARTING,
                org.a6gateway.client.model.SyncRun.StatusEnum.STARTED);
        assertThat(first.started().getHeaders().getLocation()).hasToString("/api/v1/sync-runs/" + first.runId());
        var done = http.get().uri("/sync-runs/{id}", first.runId()).retrieve().body(SyncRun.class);
        assertThat(done.getStatus()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        assertThat(done.getSummary().getBlocks()).isEqualTo(637);
        assertThat(done.getSummary().getCredits()).isEqualTo("23279450.000");
        assertThat(done.getSummary().getByCountry().get("RWA").getCredits()).isEqualTo("7317501");
        assertThat(done.getSummary().getItmoIdsMinted()).isEqualTo(355);
        assertThat(done.getSummary().getCaFlagsApplied()).isEqualTo(3);
        assertThat(done.getSummary().getHeldBack()).containsEntry("ITMO_ID/VOLUNTARY_CLAIM", 1L);

        var block = http.get().uri("/blocks/{serial}",
                "16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1").retrieve()
                .body(BlockView.class);
        assertThat(block.getPrivateRegistry().getQuantity()).isEqualTo(789840470L - 789819583L + 1);
        assertThat(block.getPrivateRegistry().getHostCountry()).isEqualTo("MG");
        assertThat(block.getNationalRegistry().getMatched()).isTrue();
        assertThat(block.getNationalRegistry().getAuthorizationId()).isEqualTo("MDG-VCS-2312");
        assertThat(block.getNationalRegistry().getPurposes()).containsExactly("NDC", "OIMP");
    }

    @Test
    void anUnknownRunIsAProblem404() {
        var response = http.get().uri("/sync-runs/999999").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("no sync run 999999");
    }

    @Test
    void aMalformedRunIdIsAProblem400() {
        var response = http.get().uri("/sync-runs/abc").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aSerialIsParsedAndABadOneIsAProblem400NamingTheField() {
        var parsed = http.get().uri("/serials/{serial}", "GS1-1-KE-GS7495-16-2025-30645-608-30350").retrieve()
                .body(org.a6gateway.api.generated.model.ParsedSerial.class);
        assertThat(parsed.getQuantity()).isEqualTo(29_743L);
        assertThat(parsed.getCountry()).isEqualTo("KE");

        var bad = http.get().uri("/serials/{serial}", "GS1-1-KE-GS74x5-16-2025-30645-608-30350").retrieve()
                .toEntity(String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(bad.getBody()).contains("field 'project' at position 13");
    }

    @Test
    void healthReportsEachRegistry() {
        var health = ApiAccess.anonymous(context, port).get().uri("/health").retrieve().body(Health.class);

        assertThat(health.getStatus()).isEqualTo("UP");
        assertThat(health.getRegistries()).containsOnlyKeys("verra", "gold-standard", "kvs", "national-registry").containsValues("UP");
    }

    @Test
    void actuatorHealthShowsAnOperatorEachRegistryAndTheProbes() throws Exception {
        // Health is open; its parts are an operator's or an auditor's to see.
        var actuator = RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (request, response) -> { })
                .defaultHeader(ApiAccess.KEY_HEADER, ApiAccess.key(context, "OPERATOR")).build();
        var health = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(actuator.get().uri("/actuator/health").retrieve().body(String.class));

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/registries/components/verra/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/registries/components/verra/details/registry").asText()).isEqualTo("verra");
        assertThat(health.at("/components/registries/components/national-registry/status").asText()).isEqualTo("UP");
        assertThat(actuator.get().uri("/actuator/health/liveness").retrieve().toEntity(String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
