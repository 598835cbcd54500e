package org.a6gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.a6gateway.client.api.OutboxApi;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.client.model.OutboxCommandView;
import org.a6gateway.client.model.OutboxState;
import org.a6gateway.client.model.SyncRun;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox over the API after a sync against a private registry that refuses every label
 * (503): five labels are dead-lettered before the breaker opens and the rest wait. An operator
 * lists them and puts them back in line, one or all of a registry's at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"a6.push.max-redeliveries=0", "a6.push.redelivery-delay-ms=1", "a6.push.breaker-open-ms=600000"})
class OutboxApiIT {

    private static final RegistrySimulators REGISTRIES = RegistrySimulators.start(0, 0);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        properties.add("a6.vcm.url", REGISTRIES::vcmBaseUrl);
        properties.add("a6.national.url", REGISTRIES::nationalBaseUrl);
    }

    @BeforeAll
    static void labelsAreRefused() {
        REGISTRIES.servers().get(0).stubFor(post(urlPathEqualTo("/v1/labels/applications")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"maintenance\"}")));
    }

    @AfterAll
    static void stopRegistries() {
        REGISTRIES.close();
    }

    private OutboxApi outbox() {
        return new OutboxApi(ApiAccess.client(context, port, "OPERATOR"));
    }

    /** One sync per context: the first test to run makes the dead letters the others look at. */
    private synchronized void syncedWithDeadLetters() {
        var sync = new SyncApi(ApiAccess.client(context, port, "OPERATOR"));
        if (outbox().listOutboxCommands(null, null, 0, 1).getTotal() > 0) {
            return;
        }
        long runId = sync.startSyncRun().getRunId();
        var done = await().atMost(Duration.ofMinutes(5)).until(() -> sync.getSyncRun(runId),
                run -> run.getStatus() != SyncRun.StatusEnum.STARTING && run.getStatus() != SyncRun.StatusEnum.STARTED);
        assertThat(done.getStatus()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        assertThat(done.getSummary().getDeadLettered()).isEqualTo(5);
    }

    @Test
    void theCommandsAreListedByRegistryAndState() {
        syncedWithDeadLetters();

        var dead = outbox().listOutboxCommands("vcm-registry", OutboxState.DEAD, 0, 1000);
        var all = outbox().listOutboxCommands(null, null, 0, 1000);

        assertThat(all.getTotal()).isGreaterThan(dead.getTotal());
        assertThat(outbox().listOutboxCommands("national-registry", OutboxState.DEAD, null, null).getTotal()).isZero();
        assertThat(outbox().listOutboxCommands("vcm-registry", OutboxState.PENDING, null, null).getTotal()).isPositive();
        assertThat(outbox().listOutboxCommands("national-registry", OutboxState.DELIVERED, null, null).getTotal()).isPositive();
        assertThat(all.getItems()).extracting(OutboxCommandView::getId).isSorted();
        assertThat(outbox().listOutboxCommands(null, null, 1, 2).getItems()).extracting(OutboxCommandView::getId)
                .containsExactly(all.getItems().get(2).getId(), all.getItems().get(3).getId());
    }

    @Test
    void aDeadLetterIsReplayedOnceThenTheRestOfTheRegistrysAtOnce() {
        syncedWithDeadLetters();
        var dead = outbox().listOutboxCommands("vcm-registry", OutboxState.DEAD, 0, 1000).getItems();
        assertThat(dead).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getLastError()).contains("503");
            assertThat(c.getAttempts()).isEqualTo(1);
        });
        int before = dead.size();

        var replayed = outbox().replayDeadLetter(dead.get(0).getId());
        assertThat(replayed.getState()).isEqualTo(OutboxState.PENDING);
        assertThat(replayed.getAttempts()).isZero();
        assertProblem(ApiAccess.http(context, port, "OPERATOR").post().uri("/outbox/commands/{id}/replay", dead.get(0).getId())
                .retrieve().toEntity(String.class), HttpStatus.CONFLICT, "is PENDING, not dead-lettered");

        assertThat(outbox().replayDeadLetters("national-registry").getReplayed()).isZero();
        var rest = outbox().replayDeadLetters("vcm-registry");
        assertThat(rest.getReplayed()).isEqualTo(before - 1);
        assertThat(outbox().listOutboxCommands(null, OutboxState.DEAD, null, null).getTotal()).isZero();
        assertThat(outbox().replayDeadLetters("vcm-registry").getReplayed()).isZero();
    }

    @Test
    void badInputIsAProblem400NamingTheFieldAndAnUnknownCommandIs404() {
        var http = ApiAccess.http(context, port, "OPERATOR");

        assertProblem(http.get().uri("/outbox/commands?size=1001").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'size'");
        assertProblem(http.get().uri("/outbox/commands?state=LOST").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "state");
        assertProblem(http.post().uri("/outbox/dead-letters/replay").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "registry");
        assertProblem(http.post().uri("/outbox/commands/0/replay").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'commandId'");
        assertProblem(http.post().uri("/outbox/commands/999999/replay").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no outbox command 999999");
    }
}
