package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.a6gateway.A6Gateway;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main job end to end: the built-in simulated registries, a host Party's three private ones
 * (the 601 real Article 6 blocks split by programme into a Verra and a Gold Standard registry, the
 * synthetic Korean demo programme in a third) and its national one, through ingest, the three jobs
 * and the pushes into the summary the README promises. The real data's totals stay visible per
 * host Party and per registry; the synthetic programme is all of KOR.
 */
class SyncEndToEndIT {

    private static final Set<DiscrepancyType> TWICE = Set.of(DiscrepancyType.CA_OUT_OF_ORDER,
            DiscrepancyType.OVERLAPPING_SERIALS, DiscrepancyType.DOUBLE_CLAIM);

    private final ObjectMapper json = new ObjectMapper();

    /**
     * One store synced twice: the first run's summary, the double claim it finds, then a second run
     * that adds no row. The first run is the one the command tests that read a synced demo share
     * ({@link SyncedStore}); the second leaves them the rows they read.
     */
    @Test
    void theDemoSyncedTwiceSummarisesFindsTheDoubleClaimAndAddsNoRowTheSecondTime() throws Exception {
        String database = SyncedStore.DATABASE;
        var run = SyncedStore.firstSync();

        syncJsonSummarisesTheRealSeedAndTheDemoAndPrintsNothingElse(run);
        theDoubleClaimAcrossTwoPrivateRegistriesIsFound(database);
        aSecondSyncAddsNoRowToAnyTable(database);
    }

    private void syncJsonSummarisesTheRealSeedAndTheDemoAndPrintsNothingElse(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = json.readTree(run.out());
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(realTotals(summary)).isEqualTo(new Totals(14, 601, "23240850"));
        assertThat(summary.at("/byCountry/MDG/blocks").asLong()).isEqualTo(153);
        assertThat(summary.at("/byRegistry/verra/credits").decimalValue().add(summary.at("/byRegistry/gold-standard/credits")
                .decimalValue())).as("the real data, split between the Verra and Gold Standard registries; GS holds 1,000 t"
                        + " of KVS units moved to it").isEqualByComparingTo("23241850");
        assertThat(summary.at("/byRegistry/verra/blocks").asLong()).isEqualTo(357);
        assertThat(summary.at("/byRegistry/gold-standard/blocks").asLong()).isEqualTo(244 + 1);
        assertThat(summary.at("/byRegistry/kvs/blocks").asLong()).isEqualTo(35);
        assertThat(summary.get("ingested").fieldNames()).toIterable().contains("verra", "gold-standard", "kvs",
                "national-registry");
        assertThat(summary.at("/byCountry/MDG/name").asText()).isEqualTo("Madagascar");
        assertThat(summary.at("/byCountry/RWA/blocks").asLong()).isEqualTo(167);
        assertThat(summary.at("/byCountry/RWA/credits").decimalValue()).isEqualByComparingTo("7317501");
        // The synthetic programme: 10 blocks, 2 of them split by a cap and by a partial adjustment; then
        // the 19 blocks of the reconciliation's demo (S201–S217); the 3 of S218, revoked in part after pairing;
        // S219's 2, the same units held at two registries.
        assertThat(summary.at("/byCountry/KOR/blocks").asLong()).isEqualTo(12 + 19 + 3 + 2);
        // 40,100 t summed block by block, less the 500 units S207's second block (501-1500) shares with its first
        // (1-1000) and the 1,000 S219 holds twice
        assertThat(summary.at("/byCountry/KOR/credits").decimalValue()).isEqualByComparingTo("38600");
        assertThat(summary.get("blocks").asLong()).isEqualTo(601 + 36);
        assertThat(summary.get("countries").asInt()).isEqualTo(15);
        assertThat(summary.get("authorizations").asLong()).isEqualTo(99 + 6 + 6);
        assertThat(summary.get("unmatchedByReason").toString()).isEqualTo("{\"AUTHORIZATION_REVOKED\":2,"
                + "\"NO_AUTHORIZATION\":14,\"VINTAGE_OUTSIDE_AUTHORIZATION\":1}");

        // 925 real labels (324 NDC+OIMP blocks twice, 277 OIMP once) and 15 synthetic (S219's at both
        // registries holding its units); the revoked and the capped authorization take 2 away.
        assertThat(summary.get("labelsApplied").asInt()).isEqualTo(925 + 15);
        assertThat(summary.get("labelsRemoved").asInt()).isEqualTo(2);
        // 347 real blocks with a cooperative approach first transferred at authorization or issuance; 8 synthetic
        // (S211's block is not: it carries a label for a use its authorization does not allow), S102's
        // 750,000 kg among them as 750 ITMOs under the demo Party's declared conversion.
        assertThat(summary.get("itmoIdsMinted").asInt()).isEqualTo(347 + 8);
        assertThat(summary.get("itmoUnitsMinted").asLong()).isEqualTo(10_933_286L + 12_500L + 750L);
        // and S219's pair, registered before, referenced on the units moved to the Gold Standard registry
        assertThat(summary.get("itmoReferencesAttached").asInt()).isEqualTo(355 + 1);
        // S216's revoked authorization's pair whole, and the 500 units of S218 the registry revoked,
        // whose reference the registry still carried.
        assertThat(summary.get("itmoWithdrawals").asInt()).isEqualTo(2);
        assertThat(summary.get("itmoReferencesRemoved").asInt()).isEqualTo(1);
        assertThat(summary.get("caFlagsApplied").asInt()).isEqualTo(3);
        assertThat(summary.get("heldBack").toString()).isEqualTo("{\"CA_FLAG/NO_ITMO_PAIR\":1,"
                + "\"ITMO_ID/LABEL_OUTSIDE_PURPOSES\":1,\"ITMO_ID/NO_COOPERATIVE_APPROACH\":239,"
                + "\"ITMO_ID/NO_FIRST_INTERNATIONAL_TRANSFER\":18,\"ITMO_ID/OUTSIDE_TIMEFRAME\":1,\"ITMO_ID/OVER_CAP\":1,"
                + "\"ITMO_ID/VOLUNTARY_CLAIM\":1}");
        assertThat(summary.get("pushed").asInt()).isEqualTo(940 + 2 + 355 + 356 + 2 + 1 + 3);
        assertThat(summary.get("deadLettered").asInt()).isZero();
        assertThat(summary.get("ledgerEvents").asLong()).isEqualTo(1659);
        // The demo seeds one disagreement of each type the sweep finds, and its adjustment naming ITMOs never
        // first transferred is a second CA_OUT_OF_ORDER, S219's units at two registries a second
        // OVERLAPPING_SERIALS and DOUBLE_CLAIM; the real data brings none. The export-label types
        // are counted too, at zero: no export was imported. The revoked authorization's pair still
        // standing is the one the sync repairs: it has the pair withdrawn before it reconciles.
        assertThat(summary.get("discrepancies").size()).isEqualTo(DiscrepancyType.values().length);
        for (var type : DiscrepancyType.values()) {
            assertThat(summary.at("/discrepancies/" + type).asInt()).as(type.name())
                    .isEqualTo(type.fromExports() || type.fromPublication() || type == DiscrepancyType.REVOKED_STILL_PAIRED ? 0
                            : TWICE.contains(type) ? 2 : 1);
        }
        assertThat(summary.get("discrepanciesNew").asInt()).isEqualTo(19);
        assertThat(summary.get("discrepanciesResolved").asInt()).isZero();
    }

    private record Totals(int countries, long blocks, String credits) {
    }

    /** Every host Party but the synthetic programme's. */
    private static Totals realTotals(JsonNode summary) {
        int countries = 0;
        long blocks = 0;
        var credits = BigDecimal.ZERO;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) summary.get("byCountry")::fields) {
            if (!entry.getKey().equals("KOR")) {
                countries++;
                blocks += entry.getValue().get("blocks").asLong();
                credits = credits.add(entry.getValue().get("credits").decimalValue());
            }
        }
        return new Totals(countries, blocks, credits.stripTrailingZeros().toPlainString());
    }

    /**
     * The same first run as {@code sync} without {@code --json} prints it: the summary table
     * rendered from that run's summary. That {@code sync} prints this table rather than JSON is
     * checked on its own runs in ApprovalsCommandIT and SyncUpstreamFailuresIT.
     */
    @Test
    void theFirstSyncsHumanSummaryTableIsTheReadmes() throws Exception {
        var run = SyncedStore.firstSync();
        String table = SyncTables.of(run.out());

        assertThat(table)
                .containsPattern("blocks\\s+637")
                .containsPattern("credits\\s+23,279,450 t CO2e")
                .containsPattern("host countries\\s+15")
                .containsPattern("authorizations\\s+111")
                .containsPattern("matched blocks\\s+620")
                .containsPattern("unmatched blocks\\s+17")
                .containsPattern("ITMO ids minted\\s+355")
                .containsPattern("ITMO withdrawals\\s+2   \\(1 refs removed\\)")
                .containsPattern("CA flags to apply\\s+3")
                .containsPattern("ITMO_ID/VOLUNTARY_CLAIM\\s+1")
                .containsPattern("discrepancies\\s+19\\s+\\(19 new, 0 resolved")
                .containsPattern("DOUBLE_CLAIM\\s+2")
                .containsPattern("verra\\s+357\\s+14,979,532")
                .containsPattern("gold-standard\\s+245\\s+8,262,318")
                .containsPattern("kvs\\s+35\\s+39,100")
                .containsPattern("KOR South Korea\\s+36\\s+38,600")
                .containsPattern("RWA Rwanda\\s+167\\s+7,317,501");
        assertThat(run.err()).contains("verra: page").contains("gold-standard: page").contains("kvs: page")
                .contains("national-registry: page");
        assertThat(table.lines().toList()).as("the README's sample, line by line, in order")
                .containsSubsequence(readmeSample());
    }

    /** S219: units first transferred as ITMOs from the Korean registry, moved to Gold Standard's and retired there for a voluntary claim. */
    private static void theDoubleClaimAcrossTwoPrivateRegistriesIsFound(String database) {
        var csv = CliRun.of("discrepancies", "export", "--format", "csv", "--severity", "CRITICAL", database);

        assertThat(csv.out().lines().filter(row -> row.contains(",KVS,2020,1,1000,"))).hasSize(2)
                .anySatisfy(row -> assertThat(row).contains(",DOUBLE_CLAIM,").contains("block GS-HELD-KVS-2020-1")
                        .contains("RETIRED at gold-standard on 2026-02-10 for VOLUNTARY_CLAIM")
                        .contains("ITMO CA9901-KOR01-KOR-70000002020000000000001-2024"))
                .anySatisfy(row -> assertThat(row).contains(",OVERLAPPING_SERIALS,")
                        .contains("KVS-CRA-KR-S219-2024-2020-1-1000 at gold-standard and KVS-CRA-KR-S219-2024-2020-1-1000 at kvs"));
    }

    /** The lines the README shows under "It prints:", less its first (whose time varies) and its elisions ("…"). */
    private static List<String> readmeSample() {
        try {
            String readme = Files.readString(Path.of("README.md"));
            int start = readme.indexOf("```", readme.indexOf("It prints:")) + 3;
            var lines = readme.substring(start, readme.indexOf("```", start)).strip().lines().toList();
            return lines.stream().skip(1).filter(l -> !l.isBlank() && !l.strip().startsWith("…")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void aSecondSyncAddsNoRowToAnyTable(String database) {
        var afterFirst = rowCounts(database);

        var second = CliRun.of("sync", "--json", database);

        assertThat(second.exitCode()).isZero();
        assertThat(rowCounts(database)).isEqualTo(afterFirst);
        assertThat(afterFirst).containsEntry("CREDIT_BLOCK", 637L).containsEntry("A6_AUTHORIZATION", 111L)
                .containsEntry("ITMO_PAIR", 360L).containsEntry("ITMO_WITHDRAWAL", 2L).containsEntry("LEDGER_EVENT", 1659L);
        assertThat(second.out()).contains("\"pushed\":0")
                .contains("\"discrepanciesNew\":0").contains("\"discrepanciesResolved\":0");
        discrepanciesOfTheDemoPersistAndCanBeListedShownAndExported(database);
    }

    /** After two syncs, the 19 seeded disagreements the sync leaves are all persisting; one is shown in full, all exported. */
    private void discrepanciesOfTheDemoPersistAndCanBeListedShownAndExported(String database) {
        var list = CliRun.of("discrepancies", "list", "--change", "PERSISTING", database);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("reconciliation run \\d+: 19 of 19 discrepancies");
        String doubleClaim = list.out().lines().filter(line -> line.contains("DOUBLE_CLAIM")).findFirst().orElseThrow();
        assertThat(doubleClaim).contains("PERSISTING").contains("CRITICAL");

        var shown = CliRun.of("discrepancies", "show", doubleClaim.substring(0, 16), database);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).containsPattern("type\\s+DOUBLE_CLAIM").contains("docs/domain.md").containsPattern("suggested action\\s+\\S");

        var csv = CliRun.of("discrepancies", "export", "--format", "csv", "--severity", "CRITICAL", database);
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row).contains(",CRITICAL,"));
    }

    /**
     * The private registry unreachable: it is set aside with one clear line, the national registry
     * is still read (111 authorizations stored), the summary printed, and the exit code is 3. The
     * retries are quick: the defaults would wait out about twenty seconds of outage first.
     */
    @Test
    void anUnreachableRegistryIsSetAsideWithOneClearLineAndExitCodeThree() {
        var run = CliRun.of("sync", "--json", "--vcm-registry-url=http://127.0.0.1:9/v1",
                "-Pa6.ingest.retry.max-retries=2", "-Pa6.ingest.retry.delay-ms=1");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines().filter(l -> l.startsWith("a6-gateway:"))).singleElement().asString()
                .contains("completed without vcm-registry: vcm-registry is unreachable")
                .contains("http://127.0.0.1:9/v1/blocks/changes");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(run.out()).contains("\"authorizations\":111").contains("\"blocks\":0")
                .contains("\"skipped\":{\"reconcile\":\"not reconciled: vcm-registry could not be read\"}");
    }

    @Test
    void verboseShowsTheStackTrace() {
        var run = CliRun.of("sync", "--restart", "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no sync run to restart").contains("\tat ");
    }

    /**
     * Rows per table of the gateway's own data. Run history is left out: Spring Batch's job
     * repository and the reconciliation's runs and findings record every run by design, which is
     * how a run can be polled and restarted and how one run is compared with the last.
     */
    private static Map<String, Long> rowCounts(String databaseOption) {
        var options = new ContextOptions();
        options.properties = java.util.List.of(databaseOption.substring(2));
        try (var context = GatewayContext.start(A6Gateway.class, WebApplicationType.NONE, options)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var counts = new TreeMap<String, Long>();
            jdbc.queryForList("select table_name from information_schema.tables "
                            + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)
                    .stream().filter(t -> !isRunHistory(t.toUpperCase()))
                    .forEach(t -> counts.put(t.toUpperCase(),
                            jdbc.queryForObject("select count(*) from \"" + t + "\"", Long.class)));
            return counts;
        }
    }

    /** The runs' own records (who read which registry's partition too), and the decisions' bookkeeping of what each has yet to decide (DecisionChanges). */
    private static boolean isRunHistory(String table) {
        return table.startsWith("BATCH_") || table.equals("JOB_EXECUTION_INSTANCE") || table.equals("PARTITION_OFFER")
                || table.equals("RECONCILIATION_RUN")
                || table.equals("DISCREPANCY") || table.startsWith("DECISION_");
    }
}
