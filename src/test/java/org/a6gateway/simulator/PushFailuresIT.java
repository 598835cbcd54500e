package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A private registry that fails every label write (503) and a national registry that does not
 * answer pair registrations in time: retries, then dead letters, then the private registry's
 * breaker opens and leaves the rest pending. Once both are back and the breaker's window has
 * passed, a replay delivers every command exactly once and nothing is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"a6.simulator.private-registries=one", "a6.push.max-redeliveries=2", "a6.push.redelivery-delay-ms=1", "a6.push.breaker-open-ms=60000",
                "spring.http.client.read-timeout=2s"})
class PushFailuresIT {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
        }
    }

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    SyncRuns runs;

    @Autowired
    Outbox outbox;

    @Autowired
    Ledger ledger;

    @Autowired
    MovableClock clock;

    @Test
    void failedPushesAreDeadLetteredNeverLostAndAReplayDeliversEachOnce() {
        var vcm = vcmServer();
        var outage = vcm.stubFor(post(urlPathEqualTo("/v1/labels/applications")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"maintenance\"}")));
        var national = server(1);
        var slow = national.stubFor(post(urlPathEqualTo("/v1/itmo-pairs")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000)));

        var run = runs.runNow();
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        var failed = run.summary();

        assertThat(failed.labelsApplied() + failed.labelsRemoved()).isEqualTo(941);
        assertThat(writesAnswered(vcm, 503)).isEqualTo(5 * 3);
        // Only the synthetic block whose seeded label needs no change is minted; its registration
        // times out three times and is dead-lettered; the labels wait behind the open breaker.
        assertThat(failed.itmoIdsMinted()).isEqualTo(1);
        await().atMost(Duration.ofMinutes(5)).until(() -> timedOut(national) == 3);
        // The national registry still takes the two withdrawals: they go to a path it answers.
        assertThat(failed.pushed()).isEqualTo(2);
        assertThat(failed.deadLettered()).isEqualTo(6);
        assertThat(failed.deferred()).isEqualTo(937 + 1);
        assertThat(outbox.deadCount()).isEqualTo(6);
        assertThat(outbox.pendingCount()).isEqualTo(937 + 1);
        assertThat(ledger.count()).isEqualTo(2);

        vcm.removeStub(outage);
        national.removeStub(slow);
        assertThat(outbox.replayDeadLetters()).isEqualTo(6);
        var stillOpen = runs.runNow().summary();
        assertThat(stillOpen.pushed()).as("the national registry takes its pair; the private one's breaker is still open")
                .isEqualTo(1);
        assertThat(stillOpen.deferred()).isEqualTo(941 + 2 + 1);
        clock.advance(Duration.ofMinutes(1));
        var recovered = runs.runNow().summary();

        assertThat(recovered.labelsApplied()).isZero();
        assertThat(recovered.pushed()).isEqualTo(941 + 1 + 1 + 354 + 355 + 3);
        assertThat(recovered.pendingCommands()).isZero();
        assertThat(recovered.deadLetters()).isZero();
        assertThat(ledger.count()).isEqualTo(1658);
        assertThat(ledger.verify().intact()).isTrue();
        var deliveredPerKey = vcm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .filter(e -> e.getResponse().getStatus() == 200)
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
        assertThat(deliveredPerKey).hasSize(941 + 356 + 3 + 1).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
    }

    private long writesAnswered(WireMockServer server, int status) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v1/labels/applications"))
                .filter(e -> e.getResponse().getStatus() == status).count();
    }

    /** Registrations the national registry received while it was too slow to answer. */
    private static long timedOut(WireMockServer national) {
        return national.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/v1/itmo-pairs")).count();
    }

    private WireMockServer vcmServer() {
        return server(0);
    }

    private WireMockServer server(int index) {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(index);
    }
}
