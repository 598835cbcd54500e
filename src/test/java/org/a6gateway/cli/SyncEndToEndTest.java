package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.A6Gateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main job end to end: the built-in simulated registries, seeded with the 601 real
 * Article 6 blocks, through ingest and matching into the summary the README promises.
 */
class SyncEndToEndTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void syncJsonSummarisesTheRealSeedAndPrintsNothingElse() throws Exception {
        var run = CliRun.of("sync", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = json.readTree(run.out());
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(summary.get("blocks").asLong()).isEqualTo(601);
        assertThat(summary.get("credits").decimalValue()).isEqualByComparingTo(new BigDecimal("23240850"));
        assertThat(summary.get("countries").asInt()).isEqualTo(14);
        assertThat(summary.get("authorizations").asLong()).isEqualTo(99);
        assertThat(summary.get("matchedBlocks").asLong()).isEqualTo(601);
        assertThat(summary.get("unmatchedBlocks").asLong()).isZero();
        assertThat(summary.at("/byCountry/MDG/blocks").asLong()).isEqualTo(153);
        assertThat(summary.at("/byCountry/MDG/name").asText()).isEqualTo("Madagascar");
        assertThat(summary.at("/byCountry/RWA/blocks").asLong()).isEqualTo(167);
        assertThat(summary.at("/byCountry/RWA/credits").decimalValue()).isEqualByComparingTo("7317501");
    }

    @Test
    void syncPrintsAHumanSummaryTable() {
        var run = CliRun.of("sync");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("blocks\\s+601")
                .containsPattern("credits\\s+23,240,850 t CO2e")
                .containsPattern("host countries\\s+14")
                .containsPattern("authorizations\\s+99")
                .containsPattern("matched blocks\\s+601")
                .containsPattern("unmatched blocks\\s+0");
        assertThat(run.err()).contains("vcm-registry: page").contains("national-registry: page");
    }

    @Test
    void aSecondSyncAddsNoRowToAnyTable() {
        String database = "-Pa6.test.database=twice" + System.nanoTime();
        assertThat(CliRun.of("sync", "--json", database).exitCode()).isZero();
        var afterFirst = rowCounts(database);

        var second = CliRun.of("sync", "--json", database);

        assertThat(second.exitCode()).isZero();
        assertThat(rowCounts(database)).isEqualTo(afterFirst);
        assertThat(afterFirst).containsEntry("CREDIT_BLOCK", 601L).containsEntry("A6_AUTHORIZATION", 99L);
    }

    @Test
    void anUnreachableRegistryGivesOneClearLineAndANonZeroExit() {
        var run = CliRun.of("sync", "--vcm-registry-url=http://127.0.0.1:9/v1");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("vcm-registry is unreachable").contains("http://127.0.0.1:9/v1/blocks/changes")
                .doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        var run = CliRun.of("sync", "--verbose", "--vcm-registry-url=http://127.0.0.1:9/v1");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("vcm-registry is unreachable").contains("\tat ");
    }

    /**
     * Rows per table of the gateway's own data. Spring Batch's job repository is left out: it
     * records every run by design, which is how a run can be polled and restarted.
     */
    private static Map<String, Long> rowCounts(String databaseOption) {
        var options = new ContextOptions();
        options.properties = java.util.List.of(databaseOption.substring(2));
        try (var context = GatewayContext.start(A6Gateway.class, WebApplicationType.NONE, options)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var counts = new TreeMap<String, Long>();
            jdbc.queryForList("select table_name from information_schema.tables "
                            + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)
                    .stream().filter(t -> !t.toUpperCase().startsWith("BATCH_"))
                    .forEach(t -> counts.put(t.toUpperCase(),
                            jdbc.queryForObject("select count(*) from \"" + t + "\"", Long.class)));
            return counts;
        }
    }
}
