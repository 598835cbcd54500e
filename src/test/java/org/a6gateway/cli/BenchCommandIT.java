package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.junit.jupiter.api.Test;

/**
 * The bench end to end on a small world: every stage measured and reported, and what the run did
 * checked, so that a bench that stops doing the work (or finds other discrepancies) fails here.
 */
class BenchCommandIT {

    private static final List<String> STAGES = List.of("floor", "ingest", "batchJobs", "reconcile", "sync", "export", "incremental");
    private static final Set<DiscrepancyType> TWICE = Set.of(DiscrepancyType.CA_OUT_OF_ORDER,
            DiscrepancyType.OVERLAPPING_SERIALS, DiscrepancyType.DOUBLE_CLAIM);

    @Test
    void benchJsonReportsEveryStageAndTheRunFindsExactlyThePlantedDiscrepancies() throws Exception {
        var run = CliRun.of("bench", "--blocks", "400", "--national", "40", "--incremental", "25", "--seed", "7",
                "--aef-actions", "0", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bench = new ObjectMapper().readTree(run.out());
        assertThat(bench.get("blocks").asInt()).isEqualTo(400);
        assertThat(bench.get("nationalRecords").asInt()).isEqualTo(40);
        assertThat(bench.get("floorSeconds").asDouble()).isPositive();
        assertThat(bench.get("totalSeconds").asDouble()).isEqualTo(bench.at("/sync/seconds").asDouble());
        assertThat(bench.get("ratioToFloor").asDouble()).isPositive();
        assertThat(bench.get("peakHeapMb").asLong()).isPositive();
        for (String stage : STAGES) {
            assertThat(bench.has(stage)).as(stage).isTrue();
            assertThat(bench.get(stage).get("seconds").asDouble()).as(stage).isPositive();
            assertThat(bench.get(stage).get("recordsPerSecond").asDouble()).as(stage).isPositive();
            assertThat(bench.get(stage).has("peakHeapMb")).as(stage).isTrue();
            assertThat(bench.get(stage).has("ratioToFloor")).as(stage).isTrue();
        }
        // Each sync's steps, in the order they ran: the stages are sums of them.
        for (String sync : List.of("sync", "incremental")) {
            var steps = new ArrayList<String>();
            bench.at("/steps/" + sync).fieldNames().forEachRemaining(steps::add);
            assertThat(steps).as(sync).startsWith("ingestPrivate").contains("mintItmoIdentifiers").endsWith("summarize");
            assertThat(bench.at("/steps/" + sync + "/ingestPrivate").asDouble()).as(sync).isPositive()
                    .isLessThanOrEqualTo(bench.at("/" + sync + "/seconds").asDouble());
        }
        // The floor reads every generated record and the synthetic demo's (34 blocks, 32 national records);
        // the jobs split two of the demo's blocks (a cap, a partial adjustment).
        assertThat(bench.at("/floor/records").asLong()).isEqualTo(400 + 40 + 34 + 32);
        assertThat(bench.get("storedBlocks").asLong()).isEqualTo(400 + 34 + 2);
        // The generated world is the steady state of a registry kept before: only the demo's 37 commands go out.
        assertThat(bench.get("pushed").asInt()).isEqualTo(37);
        // One of each type the sweep finds (CA_OUT_OF_ORDER also on the demo's adjustment of ITMOs never first
        // transferred, OVERLAPPING_SERIALS and DOUBLE_CLAIM also on S219's units held twice); the export-label
        // types at zero, since the bench imports no export, and none still paired: the sync has the revoked
        // authorization's pair withdrawn before it reconciles.
        for (DiscrepancyType type : DiscrepancyType.values()) {
            assertThat(bench.at("/discrepancies/" + type.name()).asLong()).as(type.name())
                    .isEqualTo(type.fromExports() || type.fromPublication() || type == DiscrepancyType.REVOKED_STILL_PAIRED ? 0
                            : TWICE.contains(type) ? 2 : 1);
        }
        // The incremental sync reads the changed blocks and nothing else.
        assertThat(bench.get("incrementalBlocksRead").asLong()).isEqualTo(25);
        // and reconciles again their issuances and those with findings, not the generated world's 100
        assertThat(bench.get("incrementalScopesReconciled").asInt()).isPositive().isLessThan(100);
        // The AEF alone at a given size is not measured with --aef-actions 0.
        assertThat(bench.has("aef")).isFalse();
    }

    @Test
    void aefActionsAddsAStageTimingTheAefWithThatManyMoreActions() throws Exception {
        var run = CliRun.of("bench", "--blocks", "40", "--national", "4", "--incremental", "0", "--aef-actions", "11", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode aef = new ObjectMapper().readTree(run.out()).get("aef");
        assertThat(aef.get("seconds").asDouble()).isPositive();
        // Its records are the rows of Table 3: the 11 seeded (6 first transfers, 5 transfers) and the world's own of 2026.
        assertThat(aef.get("records").asLong()).isGreaterThanOrEqualTo(11);
        assertThat(aef.has("peakHeapMb")).isTrue();
        assertThat(run.err()).containsPattern("bench: aef used [0-9.]+ s of CPU");
    }

    @Test
    void benchPrintsOneLinePerStage() {
        var run = CliRun.of("bench", "--blocks", "40", "--national", "4", "--incremental", "0", "--aef-actions", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("N = 40 blocks", "full sync + reconcile");
        for (String stage : List.of("floor", "ingest", "batchJobs", "reconcile", "sync", "export", "aef")) {
            assertThat(run.out()).containsPattern("(?m)^  " + stage + " +[0-9]");
        }
        assertThat(run.out()).doesNotContainPattern("(?m)^  incremental ");
    }
}
