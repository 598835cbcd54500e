package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.feeds.IngestCursors;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The fault matrix: each registry × phase (change-feed page, push) × fault. One faulty sync from
 * an empty store carries the whole table — each fault on a page or a command of its own — so the
 * table costs one run, not forty. Every cell must end correct: the page is fetched again from the
 * same cursor (each page answered properly exactly once: nothing skipped, nothing read twice),
 * the command re-sent with its key (delivered once), the attempts bounded; the outage longer than
 * a push's retries dead-letters its command, and a replay plus a new sync reaches the clean run's
 * end state. An ingest outage longer than its retries sets the registry aside for the run: {@link #anIngestOutagePastItsRetriesSetsTheRegistryAsideAndTheNextRunResumesFromTheCursor()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "a6.simulator.private-registries=one", "a6.vcm.page-size=50", "a6.national.page-size=12",
        "a6.ingest.retry.max-retries=4", "a6.ingest.retry.delay-ms=20",
        "a6.push.max-redeliveries=3", "a6.push.redelivery-delay-ms=1",
        "spring.http.client.read-timeout=3s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamFaultMatrixIT {

    static final String VCM = "vcm-registry";
    static final String NATIONAL = "national-registry";
    private static final int VCM_PAGE = 50;
    private static final int NATIONAL_PAGE = 12;

    /** A column of the table as it applies to ingest: an outage past the retries sets the registry aside instead. */
    private static final List<UpstreamFault> INGEST_FAULTS = Arrays.stream(UpstreamFault.values())
            .filter(f -> f != UpstreamFault.DOWN_PAST_RETRIES).toList();

    /** Where each push fault starts in its registry's script: the index of its first request. */
    private static final Map<String, Map<UpstreamFault, Integer>> PUSH_SCRIPT = new HashMap<>();
    /** Each registry's writes by idempotency key in the faulty run alone. */
    private static final Map<String, Map<String, Long>> FAULTY_RUN_WRITES = new HashMap<>();
    private static SyncRun faulty;
    private static SyncRun afterReplay;

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    Outbox outbox;
    @Autowired
    Ledger ledger;
    @Autowired
    BlockStore blocks;
    @Autowired
    IngestCursors cursors;

    static Stream<Arguments> ingestCells() {
        return Stream.of(VCM, NATIONAL).flatMap(r -> INGEST_FAULTS.stream().map(f -> Arguments.of(r, f)));
    }

    static Stream<Arguments> pushCells() {
        return Stream.of(VCM, NATIONAL).flatMap(r -> Arrays.stream(UpstreamFault.values()).map(f -> Arguments.of(r, f)));
    }

    @Order(1)
    @ParameterizedTest(name = "{0} ingest, {1}")
    @MethodSource("ingestCells")
    void aFaultyPageIsFetchedAgainFromItsCursorUntilItComesProperly(String registry, UpstreamFault fault) {
        faultyRun();
        var attempts = journal(registry).stream().filter(e -> e.getRequest().getMethod().getName().equals("GET"))
                .filter(e -> isPage(registry, e, pageOf(fault))).count();
        assertThat(attempts).as("attempts at page %d", pageOf(fault)).isEqualTo(fault.failures + 1);
    }

    @Order(1)
    @ParameterizedTest(name = "{0} push, {1}")
    @MethodSource("pushCells")
    void aFaultyCommandIsResentWithItsKeyAndDeliveredOnce(String registry, UpstreamFault fault) {
        faultyRun();
        var pushes = pushes(registry);
        int first = PUSH_SCRIPT.get(registry).get(fault);
        var key = pushes.get(first).getRequest().getHeader("Idempotency-Key");
        // Four failures are one attempt and three retries: the next request is already the next command.
        int attempts = fault == UpstreamFault.DOWN_PAST_RETRIES ? fault.failures : fault.failures + 1;
        assertThat(pushes.subList(first, first + attempts)).as("the same command, re-sent")
                .allSatisfy(e -> assertThat(e.getRequest().getHeader("Idempotency-Key")).isEqualTo(key));
        if (fault == UpstreamFault.DOWN_PAST_RETRIES) {
            assertThat(faulty.summary().deadLetteredCommands()).anySatisfy(d -> {
                assertThat(d.registry()).isEqualTo(registry);
                assertThat(d.reason()).contains("503");
            });
        }
        assertThat(pushes.stream().filter(e -> key.equals(e.getRequest().getHeader("Idempotency-Key"))).count())
                .as("requests with the key of the command that met " + fault).isEqualTo(attempts);
    }

    @Order(2)
    @Test
    void theFaultyRunSaysWhatItRetriedAndDeadLetteredAndAReplayReachesTheCleanEndState() {
        var run = faultyRun();
        var s = run.summary();
        assertThat(s.ingested().get(VCM)).satisfies(p -> {
            assertThat(p.pages()).isEqualTo(13);
            assertThat(p.records()).isEqualTo(635);
        });
        assertThat(s.ingested().get(NATIONAL)).satisfies(p -> {
            assertThat(p.pages()).isEqualTo(11);
            assertThat(p.records()).isEqualTo(131);
        });
        int ingestRetries = INGEST_FAULTS.stream().mapToInt(f -> f.failures).sum();
        int pushRetries = Arrays.stream(UpstreamFault.values()).mapToInt(f -> f.failures).sum() - 1;
        int faultyCommands = (int) Arrays.stream(UpstreamFault.values()).filter(f -> f.failures > 0).count();
        for (String registry : List.of(VCM, NATIONAL)) {
            // At least the scripted ones; on a loaded machine a cold first page may time out once more.
            assertThat(s.retried().get(registry).get("ingest")).satisfies(t -> {
                assertThat(t.retries()).isBetween(ingestRetries, ingestRetries + 2);
                assertThat(t.pages()).isBetween(faultyCommands - 1, faultyCommands + 1);
            });
            // The push tally counts exactly what the registry saw re-sent in the faulty run; the scripted
            // re-sends are all there (each cell above checks its command's), and the check of every
            // key's writes below bounds what a loaded machine adds.
            var sent = FAULTY_RUN_WRITES.get(registry);
            assertThat(s.retried().get(registry).get("push")).satisfies(t -> {
                assertThat(t.retries()).isGreaterThanOrEqualTo(pushRetries)
                        .isEqualTo(sent.values().stream().mapToLong(n -> n - 1).sum());
                assertThat(t.commands()).isGreaterThanOrEqualTo(faultyCommands)
                        .isEqualTo(sent.values().stream().filter(n -> n > 1).count());
                assertThat(t.pages()).isNull();
            });
        }
        assertThat(s.deadLettered()).isEqualTo(2);
        assertThat(s.deadLetteredCommands()).hasSize(2);
        assertThat(s.breakers()).containsEntry(VCM, "CLOSED").containsEntry(NATIONAL, "CLOSED");

        assertThat(outbox.replayDeadLetters()).isEqualTo(2);
        var replayed = afterReplay();
        assertThat(replayed.status()).as(String.valueOf(replayed.failure())).isEqualTo("COMPLETED");
        var end = replayed.summary();
        var soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(end.blocks()).isEqualTo(637);
        soft.assertThat(end.authorizations()).isEqualTo(111);
        soft.assertThat(s.itmoIdsMinted() + end.itmoIdsMinted()).isEqualTo(355);
        // A label dead-lettered on a block that another label moved to a new version is decided again
        // under the new version; the new decision supersedes the dead letter, so it is sent once.
        soft.assertThat(s.pushed() + end.pushed()).as("pushed %d + %d", s.pushed(), end.pushed()).isEqualTo(1658);
        soft.assertThat(end.ledgerEvents()).isEqualTo(s.pushed() + end.pushed());
        soft.assertThat(end.pendingCommands()).isZero();
        soft.assertThat(end.deadLetters()).isZero();
        soft.assertThat(end.discrepancies()).as("the clean run's 19 planted discrepancies, nothing more")
                .allSatisfy((type, n) -> assertThat(n).isLessThanOrEqualTo(
                        List.of("CA_OUT_OF_ORDER", "OVERLAPPING_SERIALS", "DOUBLE_CLAIM").contains(type) ? 2L : 1L));
        // Decisions enqueued: the clean run's 939, plus one for each dead letter a newer decision superseded.
        var supersededKeys = outbox.list(false).stream().filter(c -> c.status().equals("SUPERSEDED"))
                .map(c -> c.idempotencyKey()).collect(java.util.stream.Collectors.toSet());
        long superseded = supersededKeys.size();
        soft.assertThat(end.labelsApplied() + s.labelsApplied()).isEqualTo(939 + superseded);
        soft.assertAll();
        assertThat(ledger.verify().intact()).isTrue();
        for (String registry : List.of(VCM, NATIONAL)) {
            // A proper answer answered within the read timeout on an idle machine may pass it on a loaded
            // one: its command is then sent once more. At most once a command, twice a registry.
            var beyondScript = new HashMap<String, Long>();
            writesPerKey(registry).forEach((key, count) -> beyondScript.put(key,
                    count - retriesOf(registry, key) - (supersededKeys.contains(key) ? 0 : 1)));
            assertThat(beyondScript).as("no command written twice but the faulty ones' retries")
                    .allSatisfy((key, extra) -> assertThat(extra).isBetween(0L, 1L));
            assertThat(beyondScript.values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(2);
        }
    }

    @Order(3)
    @Test
    void anIngestOutagePastItsRetriesSetsTheRegistryAsideAndTheNextRunResumesFromTheCursor() {
        afterReplay();
        var vcm = server(VCM);
        vcm.resetRequests();
        server(NATIONAL).resetRequests();
        cursors.advance(VCM, FeedCursor.after(0)); // read the whole feed again: every record is already stored
        var down = vcm.stubFor(page(VCM, 5).atPriority(1).willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var without = runs.runNow();

        assertThat(without.status()).as(String.valueOf(without.failure())).isEqualTo("COMPLETED");
        String cursor = FeedCursor.after(4 * VCM_PAGE);
        assertThat(without.summary().unavailable()).containsOnlyKeys(VCM);
        assertThat(without.summary().unavailable().get(VCM)).contains("vcm-registry is unreachable")
                .contains("/v1/blocks/changes?cursor=" + cursor)
                .contains("ingest stopped at page 5 (cursor " + cursor + ") after 5 attempts");
        assertThat(without.summary().skipped()).as("the national registry was read: its decisions were taken")
                .containsExactly(java.util.Map.entry("reconcile", "not reconciled: vcm-registry could not be read"));
        assertThat(without.summary().discrepancies()).isEmpty();
        assertThat(cursors.current(VCM)).contains(cursor);
        assertThat(without.summary().ingested()).as("the national registry is read, and read back after each delivery")
                .containsKeys(NATIONAL, NATIONAL + " (read back)").doesNotContainKeys(VCM, VCM + " (read back)");
        assertThat(journal(VCM)).as("nothing asked of the set-aside registry after its page's attempts")
                .hasSize(4 + 5);

        vcm.removeStub(down);
        var resumed = runs.runNow();

        assertThat(resumed.status()).as(String.valueOf(resumed.failure())).isEqualTo("COMPLETED");
        assertThat(resumed.summary().unavailable()).isEmpty();
        assertThat(resumed.summary().skipped()).isEmpty();
        // The feed now also holds the changes the pushes made: the next run reads from page 5 to its end.
        assertThat(resumed.summary().ingested().get(VCM).pages()).as("from page 5, after the 4 stored").isGreaterThan(9);
        for (int page = 1; page <= 13; page++) {
            int p = page;
            assertThat(journal(VCM).stream().filter(e -> e.getRequest().getUrl().startsWith("/v1/blocks/changes"))
                    .filter(e -> FeedCursor.after((p - 1) * VCM_PAGE).equals(e.getRequest().queryParameter("cursor").firstValue()))
                    .filter(e -> e.getResponse().getFault() == null).count())
                    .as("page %d read properly once", page).isEqualTo(1);
        }
        assertThat(resumed.summary().blocks()).isEqualTo(637);
        assertThat(resumed.summary().pushed()).as("nothing left to push").isZero();
        assertThat(resumed.summary().discrepancies()).as("reconciled again").isNotEmpty();
    }

    private synchronized SyncRun faultyRun() {
        if (faulty == null) {
            INGEST_FAULTS.forEach(f -> {
                scriptPage(VCM, "listBlockChanges", f);
                scriptPage(NATIONAL, "listChanges", f);
            });
            PUSH_SCRIPT.put(VCM, scriptPushes(server(VCM), "vcm-registry", "/v1/labels/applications", "applyLabel"));
            PUSH_SCRIPT.put(NATIONAL, scriptPushes(server(NATIONAL), "itmo-registry", "/v1/itmo-pairs", "registerItmoPair"));
            faulty = runs.runNow();
            assertThat(faulty.status()).as(String.valueOf(faulty.failure())).isEqualTo("COMPLETED");
            List.of(VCM, NATIONAL).forEach(r -> FAULTY_RUN_WRITES.put(r, writesPerKey(r)));
        }
        return faulty;
    }

    private synchronized SyncRun afterReplay() {
        faultyRun();
        if (afterReplay == null) {
            afterReplay = runs.runNow();
        }
        return afterReplay;
    }

    /** Each ingest fault on a page of its own: page 2 for the first fault, page 3 for the next, … */
    private static int pageOf(UpstreamFault fault) {
        return INGEST_FAULTS.indexOf(fault) + 2;
    }

    private void scriptPage(String registry, String operation, UpstreamFault fault) {
        var transformer = registry.equals(VCM) ? "vcm-registry" : "itmo-registry";
        FaultScript.play(server(registry), registry + " page " + pageOf(fault), () -> page(registry, pageOf(fault)),
                fault.answers(() -> FaultScript.proper(transformer, operation)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder page(String registry, int page) {
        int size = registry.equals(VCM) ? VCM_PAGE : NATIONAL_PAGE;
        var request = get(urlPathEqualTo(registry.equals(VCM) ? "/v1/blocks/changes" : "/v1/changes"));
        return page == 1 ? request.withQueryParam("cursor", absent())
                : request.withQueryParam("cursor", equalTo(FeedCursor.after((page - 1) * size)));
    }

    private static boolean isPage(String registry, ServeEvent e, int page) {
        int size = registry.equals(VCM) ? VCM_PAGE : NATIONAL_PAGE;
        var cursor = e.getRequest().queryParameter("cursor");
        return page == 1 ? !cursor.isPresent()
                : cursor.isPresent() && cursor.firstValue().equals(FeedCursor.after((page - 1) * size));
    }

    /** Every push fault on a command of its own, two proper answers apart; returns where each starts. */
    private static Map<UpstreamFault, Integer> scriptPushes(WireMockServer server, String transformer, String path,
                                                          String operation) {
        var answers = new ArrayList<com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder>();
        var starts = new HashMap<UpstreamFault, Integer>();
        for (var fault : UpstreamFault.values()) {
            answers.add(FaultScript.proper(transformer, operation));
            answers.add(FaultScript.proper(transformer, operation));
            starts.put(fault, answers.size());
            var faultAnswers = fault.answers(() -> FaultScript.proper(transformer, operation));
            // Past the retries, the next request is the next command's: it gets a proper answer anyway.
            answers.addAll(fault == UpstreamFault.DOWN_PAST_RETRIES ? faultAnswers.subList(0, fault.failures) : faultAnswers);
        }
        FaultScript.play(server, "pushes", () -> post(urlPathEqualTo(path)), answers);
        return starts;
    }

    private List<ServeEvent> pushes(String registry) {
        String path = registry.equals(VCM) ? "/v1/labels/applications" : "/v1/itmo-pairs";
        return journal(registry).stream().filter(e -> e.getRequest().getUrl().startsWith(path)).toList();
    }

    private Map<String, Long> writesPerKey(String registry) {
        return journal(registry).stream().filter(e -> e.getRequest().getMethod().getName().equals("POST"))
                .collect(Collectors.groupingBy(e -> e.getRequest().getHeader("Idempotency-Key"), Collectors.counting()));
    }

    private long retriesOf(String registry, String key) {
        var pushes = pushes(registry);
        return PUSH_SCRIPT.get(registry).entrySet().stream()
                .filter(e -> key.equals(pushes.get(e.getValue()).getRequest().getHeader("Idempotency-Key")))
                .mapToLong(e -> e.getKey().failures).findFirst().orElse(0);
    }

    /** The registry's requests, oldest first (WireMock lists the newest first). */
    private List<ServeEvent> journal(String registry) {
        var events = new ArrayList<>(server(registry).getAllServeEvents());
        Collections.reverse(events);
        return events;
    }

    private WireMockServer server(String registry) {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(registry.equals(VCM) ? 0 : 1);
    }
}
