package org.a6gateway.verra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.RegistryEntries;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Verra's new-platform reports as it pages them, stubbed from the real sample (one record a page,
 * a cancellations page failing once): the sync reads every record, with the sample's counts and
 * totals, asks for each report oldest first, sends the registry nothing but searches; then a
 * retirement out of an issuance read before leaves the issuance's block holding the rest (the
 * same units, never twice), and an issuance the report no longer lists is taken out of the store
 * and kept in the quarantine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"a6.test.database=verrareports",
        "a6.ingest.retry.max-retries=2", "a6.ingest.retry.delay-ms=1"})
class VerraReportsConnectorIT {

    private static final int PAGE = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SAMPLE = sample();
    private static final WireMockServer VERRA = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(),
            Map.of("national-registry", List.of()));

    static {
        VERRA.start();
    }

    @Autowired
    SyncRuns runs;
    @Autowired
    BlockStore blocks;
    @Autowired
    Quarantine quarantine;

    static JsonNode sample() {
        try (InputStream in = VerraReportsConnectorIT.class.getResourceAsStream(
                "/registry-exports/verra_spglobal_2026_public_report_records_sample.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        RegistryEntries.privateRegistry(properties, 0, "verra", "verra-reports", () -> "http://127.0.0.1:" + VERRA.port(), PAGE);
        RegistryEntries.nationalRegistry(properties, 1, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        VERRA.stop();
        NATIONAL.close();
    }

    private static ArrayNode entities(String report) {
        return SAMPLE.get(report).get("entities").deepCopy();
    }

    /** Serves the three reports, a record a page, each oldest first as the feed asks. */
    private static void serve(ArrayNode retirements, ArrayNode cancellations, ArrayNode issuances) {
        VERRA.resetAll();
        serve("retirements", "retiredDate", retirements);
        serve("cancellations", "cancellation_date", cancellations);
        serve("issuances", "issueDate", issuances);
    }

    private static void serve(String report, String sortedBy, ArrayNode records) {
        for (int start = 0; start <= records.size(); start++) {
            ObjectNode answer = JSON.createObjectNode().put("totalEntities", records.size());
            var page = answer.putArray("entities");
            if (start < records.size()) {
                page.add(records.get(start));
            }
            String url = "/" + report + "/publicReportPageSearch?start=" + start;
            int from = start;
            Supplier<MappingBuilder> request = () -> post(urlEqualTo(url))
                    .withRequestBody(matchingJsonPath("$.searchFilter.pagination.start", equalTo(Integer.toString(from))))
                    .withRequestBody(matchingJsonPath("$.searchFilter.pagination.sortOptions[0].sort", equalTo(sortedBy)))
                    .withRequestBody(matchingJsonPath("$.searchFilter.pagination.sortOptions[0].dir", equalTo("ASC")));
            if (report.equals("cancellations") && start == 1) {
                VERRA.stubFor(request.get().inScenario("failing page").whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
                VERRA.stubFor(request.get().inScenario("failing page").whenScenarioStateIs("recovered")
                        .willReturn(okJson(answer.toString())));
            } else {
                VERRA.stubFor(request.get().willReturn(okJson(answer.toString())));
            }
        }
    }

    private List<BlockRecord> stored() {
        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(stored::add);
        return stored;
    }

    private static long units(List<BlockRecord> blocks, BlockStatus status) {
        return blocks.stream().filter(b -> b.status() == status).mapToLong(BlockRecord::quantity).sum();
    }

    private static long quantities(ArrayNode records) {
        long total = 0;
        for (JsonNode record : records) {
            total += record.get("holdingQuantity").decimalValue().longValueExact();
        }
        return total;
    }

    private static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }

    @Test
    void everyRecordIsRead_ARetirementCutsItsIssuance_AndAnIssuanceNoLongerListedIsKeptAside() {
        var retirements = entities("retirements");
        var cancellations = entities("cancellations");
        var issuances = entities("issuances");
        serve(retirements, cancellations, issuances);

        completed(runs.runNow());
        var first = stored();
        assertThat(first).hasSize(6).extracting(BlockRecord::sourceRegistry).containsOnly("verra");
        assertThat(first).filteredOn(b -> b.status() == BlockStatus.RETIRED).extracting(BlockRecord::quantity)
                .containsExactlyInAnyOrder(171L, 100L);
        assertThat(units(first, BlockStatus.CANCELLED)).isEqualTo(quantities(cancellations));
        assertThat(units(first, BlockStatus.ISSUED)).isEqualTo(quantities(issuances));
        assertThat(first.stream().mapToLong(BlockRecord::quantity).sum())
                .isEqualTo(quantities(retirements) + quantities(cancellations) + quantities(issuances));
        assertThat(quarantine.list(false, 10)).isEmpty();
        assertThat(VERRA.findAll(anyRequestedFor(anyUrl()))).as("searched only")
                .allMatch(r -> RequestMethod.POST.equals(r.getMethod()) && r.getUrl().contains("/publicReportPageSearch"));

        var issued = issuances.get(0);
        var serial = Serials.parse(issued.get("serialNo").asText());
        var retired = retirements.get(0).deepCopy();
        ((ObjectNode) retired).put("id", "110200000999999").put("holdingQuantity", 1000.0)
                .put("serialNo", serial.withRange(SerialRange.of(serial.range().start(), serial.range().start() + 999)))
                .put("vcsProjectId", serial.project());
        retirements.add(retired);
        serve(retirements, cancellations, issuances);

        completed(runs.runNow());
        var second = stored();
        var ofIssuance = second.stream().filter(b -> b.range().overlaps(serial.range())).toList();
        assertThat(ofIssuance).extracting(BlockRecord::status).containsExactlyInAnyOrder(BlockStatus.RETIRED, BlockStatus.ISSUED);
        assertThat(ofIssuance).filteredOn(b -> b.status() == BlockStatus.ISSUED).singleElement().satisfies(b -> {
            assertThat(b.range()).isEqualTo(SerialRange.of(serial.range().start() + 1000, serial.range().end()));
            assertThat(b.serial()).startsWith(serial.issuance() + "-" + (serial.range().start() + 1000) + "-" + serial.range().end());
        });
        assertThat(ofIssuance.stream().mapToLong(BlockRecord::quantity).sum()).as("the same units, never twice")
                .isEqualTo(serial.range().quantity());
        assertThat(quarantine.list(false, 10)).as("a block cut by a retirement is no one's concern").isEmpty();

        var gone = issuances.remove(1);
        serve(retirements, cancellations, issuances);

        completed(runs.runNow());
        assertThat(stored()).hasSize(second.size() - 1)
                .noneMatch(b -> b.serial().equals(gone.get("serialNo").asText()));
        assertThat(quarantine.list(false, 10)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(QuarantineReason.NO_LONGER_LISTED);
            assertThat(e.recordId()).startsWith("issuance-" + gone.get("id").asText());
            assertThat(e.detail()).contains(gone.get("serialNo").asText());
        });
    }
}
