package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.ledger.Outbox;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A private registry that fails every label write: retries, then dead letters, then the breaker
 * leaves the rest pending; once it is back, a replay delivers every command exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"a6.push.max-redeliveries=2", "a6.push.redelivery-delay-ms=1"})
class PushFailuresTest {

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    SyncRuns runs;

    @Autowired
    Outbox outbox;

    @Autowired
    Ledger ledger;

    @Test
    void failedPushesAreDeadLetteredNeverLostAndAReplayDeliversEachOnce() {
        var vcm = vcmServer();
        var outage = vcm.stubFor(post(urlPathEqualTo("/v1/labels/applications")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"maintenance\"}")));

        var failed = runs.runNow().summary();

        assertThat(failed.labelsApplied()).isEqualTo(925);
        assertThat(failed.pushed()).isZero();
        assertThat(failed.deadLettered()).isEqualTo(5);
        assertThat(failed.deferred()).isEqualTo(920);
        assertThat(outbox.deadCount()).isEqualTo(5);
        assertThat(outbox.pendingCount()).isEqualTo(920);
        assertThat(ledger.count()).isZero();
        assertThat(writesAnswered(vcm, 503)).isEqualTo(5 * 3);

        vcm.removeStub(outage);
        assertThat(outbox.replayDeadLetters()).isEqualTo(5);
        var recovered = runs.runNow().summary();

        assertThat(recovered.labelsApplied()).isZero();
        assertThat(recovered.pushed()).isEqualTo(925);
        assertThat(recovered.pendingCommands()).isZero();
        assertThat(recovered.deadLetters()).isZero();
        assertThat(ledger.count()).isEqualTo(925);
        assertThat(ledger.verify().intact()).isTrue();
        var deliveredPerKey = vcm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v1/labels/applications"))
                .filter(e -> e.getResponse().getStatus() == 200)
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(deliveredPerKey).hasSize(925).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
    }

    private long writesAnswered(WireMockServer server, int status) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v1/labels/applications"))
                .filter(e -> e.getResponse().getStatus() == status).count();
    }

    private WireMockServer vcmServer() {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(0);
    }
}
