package org.a6gateway.reconciliation;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.a6gateway.testing.Problems.assertProblem;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.api.generated.model.DiscrepancyPage;
import org.a6gateway.api.generated.model.ReconciliationJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.a6gateway.testing.ApiAccess;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.client.RestClient;

/**
 * The reconciliation over HTTP, on generated registries with known faults: a job started and
 * polled, the run-to-run comparison, filters and pages, one discrepancy, the CSV and JSON
 * exports, and problems for what the API cannot take.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReconciliationApiIT {

    @MockitoBean
    SnapshotReader snapshots;

    @Autowired
    ReconcileRuns runs;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private RestClient http;

    @BeforeEach
    void client() {
        http = ApiAccess.http(context, port, "OPERATOR");
    }

    /** A consistent world of 40 blocks with the given faults injected, in order. */
    private static World worldWith(Faults... faults) {
        var world = RandomWorlds.consistent(20261128L, 40);
        for (Faults fault : faults) {
            fault.inject(world, new Random(fault.ordinal()));
        }
        return world;
    }

    private static Set<String> keys(World world) {
        return world.reconcile().stream().map(Discrepancy::key).collect(toSet());
    }

    @Test
    void aReconciliationIsAcceptedThenPolledToWhatItFound() {
        var world = worldWith(Faults.QUANTITY_DRIFT, Faults.DOUBLE_CLAIM, Faults.LABEL_OVER_CAP);
        when(snapshots.read()).thenReturn(world.snapshot());

        var started = http.post().uri("/reconciliations").retrieve().toEntity(ReconciliationJob.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long jobId = started.getBody().getJobId();
        assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/reconciliations/" + jobId);
        var done = await().atMost(Duration.ofMinutes(5)).until(
                () -> http.get().uri("/reconciliations/{id}", jobId).retrieve().body(ReconciliationJob.class),
                job -> job.getStatus() != ReconciliationJob.StatusEnum.STARTING
                        && job.getStatus() != ReconciliationJob.StatusEnum.STARTED);
        assertThat(done.getStatus()).isEqualTo(ReconciliationJob.StatusEnum.COMPLETED);
        var expected = world.reconcile();
        assertThat(done.getReconciliation().getFound()).isEqualTo(expected.size());
        var byType = done.getReconciliation().getByType();
        assertThat(byType).as("every type, found or not").hasSize(DiscrepancyType.values().length);
        byType.values().removeIf(n -> n == 0);
        assertThat(byType).isEqualTo(expected.stream()
                .collect(Collectors.groupingBy(d -> d.type().name(), Collectors.counting())));
        assertThat(byType).containsOnlyKeys("QUANTITY_DRIFT", "DOUBLE_CLAIM", "LABEL_OVER_CAP");
    }

    @Test
    void eachRunIsComparedWithTheRunBefore() {
        var before = worldWith(Faults.HOLDER_DRIFT, Faults.MISSING_ON_NATIONAL);
        var after = worldWith(Faults.HOLDER_DRIFT, Faults.CA_OUT_OF_ORDER);
        when(snapshots.read()).thenReturn(before.snapshot(), after.snapshot());
        var first = runs.runNow().reconciliation();
        var toResolve = keys(before).stream().filter(k -> !keys(after).contains(k)).findFirst().orElseThrow();
        var toPersist = keys(before).stream().filter(k -> keys(after).contains(k)).findFirst().orElseThrow();
        mark(toResolve, "OBJECTION_RAISED");
        mark(toPersist, "UNDER_REVIEW");

        var second = runs.runNow().reconciliation();

        var persisting = new java.util.HashSet<>(keys(before));
        persisting.retainAll(keys(after));
        var added = new java.util.HashSet<>(keys(after));
        added.removeAll(keys(before));
        var resolved = new java.util.HashSet<>(keys(before));
        resolved.removeAll(keys(after));
        assertThat(persisting).isNotEmpty();
        assertThat(added).isNotEmpty();
        assertThat(resolved).isNotEmpty();
        assertThat(second.found()).isEqualTo(persisting.size() + added.size());
        assertThat(second.newCount()).isEqualTo(added.size());
        assertThat(second.persisting()).isEqualTo(persisting.size());
        assertThat(second.resolved()).isEqualTo(resolved.size());
        assertThat(listed("change=NEW")).isEqualTo(added);
        assertThat(listed("change=PERSISTING")).isEqualTo(persisting);
        assertThat(listed("change=RESOLVED")).isEqualTo(resolved);
        assertThat(listed("")).as("without a change filter: what stands now").isEqualTo(keys(after));
        var held = page("change=PERSISTING&size=1").getItems().get(0);
        assertThat(held.getFirstSeenRun()).as("a persisting discrepancy keeps the run that first saw it").isEqualTo(first.id());
        assertThat(page("change=NEW&size=1").getItems().get(0).getFirstSeenRun()).isEqualTo(second.id());
        var resolvedMark = page("change=RESOLVED&size=1000").getItems().stream().filter(d -> d.getKey().equals(toResolve))
                .findFirst().orElseThrow().getReview();
        assertThat(resolvedMark.getMark().getValue()).as("the mark stays as the resolved one's history").isEqualTo("OBJECTION_RAISED");
        assertThat(resolvedMark.getResolvedByRun()).as("resolved by the run that no longer finds it").isEqualTo(second.id());
        var standingMark = page("change=PERSISTING&size=1000").getItems().stream().filter(d -> d.getKey().equals(toPersist))
                .findFirst().orElseThrow().getReview();
        assertThat(standingMark.getMark().getValue()).isEqualTo("UNDER_REVIEW");
        assertThat(standingMark.getResolvedByRun()).isNull();
    }

    private void mark(String key, String mark) {
        var marked = http.put().uri("/discrepancies/{key}/review", key).contentType(MediaType.APPLICATION_JSON)
                .body("{\"mark\":\"" + mark + "\",\"comment\":\"asked the registry\"}").retrieve().toBodilessEntity();
        assertThat(marked.getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void listsFilterByTypeSeverityAndRegistryAndPageWorstFirst() {
        var world = worldWith(Faults.QUANTITY_DRIFT, Faults.DOUBLE_CLAIM, Faults.MISSING_ON_NATIONAL, Faults.LABEL_OUTSIDE_PURPOSES);
        when(snapshots.read()).thenReturn(world.snapshot());
        runs.runNow();
        var expected = world.reconcile();

        assertThat(listed("type=DOUBLE_CLAIM")).isEqualTo(keysWhere(expected, d -> d.type() == DiscrepancyType.DOUBLE_CLAIM));
        assertThat(listed("severity=CRITICAL")).isEqualTo(keysWhere(expected, d -> d.severity() == Severity.CRITICAL));
        String registry = expected.get(0).registry();
        assertThat(listed("registry=" + registry)).isEqualTo(keysWhere(expected, d -> d.registry().equals(registry)));
        assertThat(page("type=UNIT_MISMATCH").getTotal()).isZero();

        var pages = new ArrayList<org.a6gateway.api.generated.model.Discrepancy>();
        for (int p = 0; p * 2 < expected.size(); p++) {
            var page = page("size=2&page=" + p);
            assertThat(page.getTotal()).isEqualTo(expected.size());
            pages.addAll(page.getItems());
        }
        assertThat(pages).extracting(org.a6gateway.api.generated.model.Discrepancy::getKey)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys(world));
        assertThat(pages).extracting(d -> Severity.valueOf(d.getSeverity().getValue()))
                .as("worst first").isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(page("size=2&page=" + expected.size()).getItems()).isEmpty();
    }

    @Test
    void oneDiscrepancyCarriesBothSidesTheRuleBrokenAndWhatToDo() {
        var world = worldWith(Faults.VINTAGE_DRIFT);
        when(snapshots.read()).thenReturn(world.snapshot());
        runs.runNow();
        var expected = world.reconcile().get(0);

        var found = http.get().uri("/discrepancies/{key}", expected.key()).retrieve()
                .body(org.a6gateway.api.generated.model.Discrepancy.class);

        assertThat(found.getType().getValue()).isEqualTo("VINTAGE_DRIFT");
        assertThat(found.getSeverity().getValue()).isEqualTo(expected.severity().name());
        assertThat(found.getRegistry()).isEqualTo(expected.registry());
        assertThat(found.getFirstUnit()).isEqualTo(expected.units().start());
        assertThat(found.getLastUnit()).isEqualTo(expected.units().end());
        assertThat(found.getQuantity()).isEqualTo(expected.quantity());
        assertThat(found.getPrivateValue()).isEqualTo(expected.privateValue()).isNotBlank();
        assertThat(found.getNationalValue()).isEqualTo(expected.nationalValue()).isNotBlank();
        assertThat(found.getRule()).contains("docs/domain.md");
        assertThat(found.getSuggestedAction()).isNotBlank();
        assertProblem(http.get().uri("/discrepancies/0123456789abcdef").retrieve().toEntity(String.class),
                HttpStatus.NOT_FOUND, "no discrepancy 0123456789abcdef");
    }

    @Test
    void exportsAreCsvWithAHeaderRowOrAJsonArrayOfTheSameRows() throws Exception {
        var world = worldWith(Faults.STATUS_DRIFT, Faults.OVERLAPPING_SERIALS);
        when(snapshots.read()).thenReturn(world.snapshot());
        runs.runNow();

        var csv = http.get().uri("/discrepancies/export?format=csv").retrieve().toEntity(String.class);
        var array = http.get().uri("/discrepancies/export?format=json").retrieve().toEntity(String.class);

        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("discrepancies.csv");
        var lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", DiscrepancyExport.COLUMNS));
        assertThat(lines).hasSize(1 + world.reconcile().size());
        JsonNode rows = json.readTree(array.getBody());
        assertThat(rows.size()).isEqualTo(world.reconcile().size());
        Set<String> exported = new java.util.HashSet<>();
        rows.forEach(row -> exported.add(row.get("key").asText()));
        assertThat(exported).isEqualTo(keys(world));
        assertThat(rows.get(0).get("firstUnit").isNumber()).isTrue();
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith(rows.get(i - 1).get("key").asText() + ",");
        }
        var onlyOverlaps = http.get().uri("/discrepancies/export?format=json&type=OVERLAPPING_SERIALS").retrieve().body(String.class);
        json.readTree(onlyOverlaps).forEach(row -> assertThat(row.get("type").asText()).isEqualTo("OVERLAPPING_SERIALS"));
    }

    @Test
    void theContractNamesEveryTypeAndSeverityInTheReconcilersOrder() {
        assertThat(java.util.Arrays.stream(org.a6gateway.api.generated.model.DiscrepancyType.values()).map(t -> t.getValue()))
                .containsExactly(java.util.Arrays.stream(DiscrepancyType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(java.util.Arrays.stream(org.a6gateway.api.generated.model.Severity.values()).map(t -> t.getValue()))
                .containsExactly(java.util.Arrays.stream(Severity.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void whatTheApiCannotTakeIsAProblem400() {
        assertProblem(get("/discrepancies/export?format=xml"), HttpStatus.BAD_REQUEST, "export format 'xml' is not one of csv, json");
        assertProblem(get("/discrepancies?type=NOT_A_TYPE"), HttpStatus.BAD_REQUEST, "type");
        assertProblem(get("/discrepancies?size=1001"), HttpStatus.BAD_REQUEST, "'size' must be less than or equal to 1000");
        assertProblem(get("/discrepancies/not-a-key"), HttpStatus.BAD_REQUEST, "key");
        assertProblem(get("/reconciliations/abc"), HttpStatus.BAD_REQUEST, "jobId");
        assertProblem(get("/reconciliations/999999"), HttpStatus.NOT_FOUND, "no reconciliation job 999999");
    }

    private org.springframework.http.ResponseEntity<String> get(String uri) {
        return http.get().uri(uri).retrieve().toEntity(String.class);
    }

    private DiscrepancyPage page(String query) {
        return http.get().uri("/discrepancies?" + query).retrieve().body(DiscrepancyPage.class);
    }

    /** Every key the list gives for the query, page by page. */
    private Set<String> listed(String query) {
        var page = page(query + (query.isEmpty() ? "" : "&") + "size=1000");
        assertThat(page.getTotal()).isEqualTo(page.getItems().size());
        return page.getItems().stream().map(org.a6gateway.api.generated.model.Discrepancy::getKey).collect(toSet());
    }

    private static Set<String> keysWhere(List<Discrepancy> found, java.util.function.Predicate<Discrepancy> which) {
        return found.stream().filter(which).map(Discrepancy::key).collect(toSet());
    }
}
