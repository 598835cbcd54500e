package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A long outage of one registry never blocks work on the other. From an empty store:
 * the national registry down for a whole run, then the private one for the next, then both back.
 * The registry that cannot be read is set aside: not asked again in that run, its commands kept
 * pending; the other is read and written; decisions resting on the national registry wait for a
 * run that read it; the run does not reconcile. The third run reaches the clean run's end state,
 * with every command written once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "a6.simulator.private-registries=one", "a6.ingest.retry.max-retries=2", "a6.ingest.retry.delay-ms=1",
        "a6.push.max-redeliveries=2", "a6.push.redelivery-delay-ms=1"})
class RegistryOutageIT {

    private static final String VCM = "vcm-registry";
    private static final String NATIONAL = "national-registry";
    private static final List<String> NATIONAL_DECISIONS = List.of("authorizationLabels", "mintItmoIdentifiers",
            "correspondingAdjustments");

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    Ledger ledger;

    @Test
    void eachRegistrysOutageLeavesTheOthersWorkGoingAndTheThirdRunEndsClean() {
        var nationalDown = server(NATIONAL).stubFor(any(anyUrl()).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"maintenance\"}")));

        var first = completed(runs.runNow());

        assertThat(first.summary().unavailable()).containsOnlyKeys(NATIONAL);
        assertThat(first.summary().unavailable().get(NATIONAL)).contains("answered 503")
                .contains("ingest stopped at page 1 (from the start of the feed) after 3 attempts");
        assertThat(first.summary().skipped()).as("decisions resting on the national registry wait, and the reconciliation")
                .containsOnlyKeys(concat(NATIONAL_DECISIONS, "reconcile"));
        assertThat(first.summary().ingested()).as("the private registry is read, and read back after each delivery")
                .containsOnlyKeys(VCM, VCM + " (read back)");
        assertThat(first.summary().blocks()).as("as published: the splits come with the labels").isEqualTo(635);
        assertThat(first.summary().labelsApplied() + first.summary().labelsRemoved()).as("no label decided on an unread authority").isZero();
        assertThat(first.summary().discrepancies()).isEmpty();
        assertThat(requests(NATIONAL)).as("three attempts at the first page, then nothing more asked of it")
                .hasSize(3).allSatisfy(e -> assertThat(e.getRequest().getMethod().getName()).isEqualTo("GET"));

        server(NATIONAL).removeStub(nationalDown);
        var vcmDown = server(VCM).stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503)));
        server(VCM).resetRequests();
        server(NATIONAL).resetRequests();

        var second = completed(runs.runNow());

        assertThat(second.summary().unavailable()).containsOnlyKeys(VCM);
        assertThat(second.summary().skipped()).containsOnlyKeys("reconcile");
        assertThat(second.summary().authorizations()).isEqualTo(111);
        assertThat(second.summary().labelsApplied() + second.summary().labelsRemoved()).as("labels decided on the stored blocks")
                .isEqualTo(941);
        assertThat(second.summary().deferredByRegistry()).as("kept for the private registry's return: the labels, the"
                + " references to the two ITMO pairs the national registry confirmed and the reference to take off revoked units")
                .containsEntry(VCM, 941 + 2 + 1);
        assertThat(second.summary().pushed()).as("the national registry's work goes on: the one ITMO pair a settled label"
                + " allows, and the two withdrawals").isEqualTo(1 + 2);
        assertThat(posts(NATIONAL)).hasSize(1 + 2);
        assertThat(requests(VCM)).as("the private registry: three attempts at its first page, nothing written").hasSize(3)
                .allSatisfy(e -> assertThat(e.getRequest().getMethod().getName()).isEqualTo("GET"));

        server(VCM).removeStub(vcmDown);
        server(VCM).resetRequests();
        server(NATIONAL).resetRequests();

        var third = completed(runs.runNow());

        var end = third.summary();
        assertThat(end.unavailable()).isEmpty();
        assertThat(end.skipped()).isEmpty();
        assertThat(end.blocks()).isEqualTo(637);
        assertThat(first.summary().pushed() + second.summary().pushed() + end.pushed()).isEqualTo(1658);
        assertThat(end.ledgerEvents()).isEqualTo(1658);
        assertThat(end.pendingCommands()).isZero();
        assertThat(end.deadLetters()).isZero();
        assertThat(end.discrepancies().values().stream().mapToLong(Long::longValue).sum())
                .as("the clean run's 19 planted discrepancies").isEqualTo(19);
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(writesPerKey()).as("every command written once over the three runs").hasSize(1655)
                .allSatisfy((key, writes) -> assertThat(writes).isEqualTo(1));
    }

    private static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }

    private static String[] concat(List<String> steps, String step) {
        var all = new java.util.ArrayList<>(steps);
        all.add(step);
        return all.toArray(String[]::new);
    }

    private List<ServeEvent> requests(String registry) {
        return server(registry).getAllServeEvents();
    }

    private List<ServeEvent> posts(String registry) {
        return requests(registry).stream().filter(e -> e.getRequest().getMethod().getName().equals("POST")).toList();
    }

    /** POSTs per idempotency key, both registries, since the last reset (the first pair's run was reset away). */
    private Map<String, Long> writesPerKey() {
        return List.of(VCM, NATIONAL).stream().flatMap(r -> posts(r).stream())
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
    }

    private WireMockServer server(String registry) {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(registry.equals(VCM) ? 0 : 1);
    }
}
