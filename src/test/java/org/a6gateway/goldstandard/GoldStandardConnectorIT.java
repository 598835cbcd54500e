package org.a6gateway.goldstandard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.BlockWithdrawals;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.RegistryEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Gold Standard registry as its public API pages it, stubbed from the real sample (three credits
 * a page, the second page failing once): the sync reads every credit, with the sample's counts and
 * totals, rides out the failed page, sends the registry nothing, and reads nothing new the second
 * time; then a credit shrinks under the same {@code updated_at} and is stored as changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"a6.test.database=goldstandard",
        "a6.ingest.retry.max-retries=2", "a6.ingest.retry.delay-ms=1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldStandardConnectorIT {

    private static final int PAGE = 3;
    private static final JsonNode SAMPLE = CreditTranslatorTest.sample();
    private static final WireMockServer GOLD_STANDARD = goldStandard();
    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(),
            Map.of("national-registry", List.of()));

    @Autowired
    SyncRuns runs;
    @Autowired
    BlockStore blocks;
    @Autowired
    BlockWithdrawals withdrawals;
    @Autowired
    Quarantine quarantine;

    /** The sample in pages of {@link #PAGE}, as {@code /credits?page=N&size=3} answers; page 2 answers 503 once. */
    private static WireMockServer goldStandard() {
        var server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        var json = new ObjectMapper();
        int pages = SAMPLE.size() / PAGE + 1;
        for (int page = 1; page <= pages; page++) {
            var items = json.createArrayNode();
            for (int i = (page - 1) * PAGE; i < Math.min(SAMPLE.size(), page * PAGE); i++) {
                items.add(SAMPLE.get(i));
            }
            String url = "/credits?page=" + page + "&size=" + PAGE;
            if (page == 2) {
                server.stubFor(get(urlEqualTo(url)).inScenario("page 2").whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
                server.stubFor(get(urlEqualTo(url)).inScenario("page 2").whenScenarioStateIs("recovered")
                        .willReturn(okJson(items.toString())));
            } else {
                server.stubFor(get(urlEqualTo(url)).willReturn(okJson(items.toString())));
            }
        }
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        RegistryEntries.privateRegistry(properties, 0, "gold-standard", "gs-public-api",
                () -> "http://127.0.0.1:" + GOLD_STANDARD.port(), PAGE);
        RegistryEntries.nationalRegistry(properties, 1, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        GOLD_STANDARD.stop();
        NATIONAL.close();
    }

    @Test
    @Order(1)
    void everyCreditIsRead_TheFailedPageRiddenOut_AndTheRegistryIsSentNothing() {
        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");

        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(stored::add);
        assertThat(stored).hasSize(SAMPLE.size()).extracting(BlockRecord::sourceRegistry).containsOnly("gold-standard");
        long published = 0;
        int retired = 0;
        for (JsonNode credit : SAMPLE) {
            published += credit.get("number_of_credits").asLong();
            retired += "RETIRED".equals(credit.get("status").asText()) ? 1 : 0;
        }
        assertThat(stored.stream().mapToLong(BlockRecord::quantity).sum()).isEqualTo(published);
        assertThat(stored).filteredOn(b -> b.status() == BlockStatus.RETIRED).hasSize(retired);
        assertThat(first.summary().byRegistry().get("gold-standard").blocks()).isEqualTo(SAMPLE.size());
        assertThat(quarantine.list(false, 10)).isEmpty();
        // every read of the feed (the ingest, then the read-back after each delivery) asks for page 1 once
        assertThat(GOLD_STANDARD.findAll(getRequestedFor(urlEqualTo("/credits?page=2&size=" + PAGE))))
                .as("page 2: failed once, then read at every read")
                .hasSize(GOLD_STANDARD.findAll(getRequestedFor(urlEqualTo("/credits?page=1&size=" + PAGE))).size() + 1);

        var second = runs.runNow();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.summary().ingested().get("gold-standard").inserted()).isZero();
        assertThat(second.summary().ingested().get("gold-standard").unchanged()).isEqualTo(SAMPLE.size());
        assertThat(GOLD_STANDARD.findAll(anyRequestedFor(anyUrl())))
                .as("a read-only registry is only read").allMatch(r -> RequestMethod.GET.equals(r.getMethod()));
    }

    /** As the real sample shows (credit 11686: units 1-92 left of 1-4644, updated_at from 2013): a block shrinks, its version stays. */
    @Test
    @Order(2)
    void aCreditThatShrankUnderTheSameVersionIsStoredAsAChange() {
        runs.runNow();
        var page = new ObjectMapper().createArrayNode();
        for (int i = 0; i < PAGE; i++) {
            page.add(SAMPLE.get(i).deepCopy());
        }
        var shrunk = (ObjectNode) page.get(1);
        shrunk.put("serial_number", "GS1-1-IN-GS817-4-2012-1303-1-50").put("ending_credit_number", 50)
                .put("number_of_credits", 50);
        GOLD_STANDARD.stubFor(get(urlEqualTo("/credits?page=1&size=" + PAGE)).willReturn(okJson(page.toString())));

        var run = runs.runNow();

        assertThat(run.summary().ingested().get("gold-standard").updated()).isEqualTo(1);
        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(b -> {
            if (b.blockId().equals("11686")) {
                stored.add(b);
            }
        });
        assertThat(stored).singleElement().satisfies(b -> {
            assertThat(b.range().end()).isEqualTo(50);
            assertThat(b.sourceVersion()).isGreaterThan(Instant.parse("2013-10-08T00:00:00Z").getEpochSecond());
        });
    }

    /** A credit the list no longer names is taken out of the store and kept aside; listed again, it is back and released. */
    @Test
    @Order(3)
    void aCreditNoLongerListedIsTakenOutAndKeptAsideThenBackWhenListedAgain() {
        runs.runNow();
        int last = (SAMPLE.size() - 1) / PAGE + 1;
        var page = new ObjectMapper().createArrayNode();
        for (int i = (last - 1) * PAGE; i < SAMPLE.size() - 1; i++) {
            page.add(SAMPLE.get(i));
        }
        var gone = SAMPLE.get(SAMPLE.size() - 1);
        String url = "/credits?page=" + last + "&size=" + PAGE;
        GOLD_STANDARD.stubFor(get(urlEqualTo(url)).willReturn(okJson(page.toString())));

        runs.runNow();

        assertThat(withdrawals.blockIdsOf("gold-standard")).hasSize(SAMPLE.size() - 1).doesNotContain(gone.get("id").asText());
        assertThat(quarantine.list(false, 10)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(QuarantineReason.NO_LONGER_LISTED);
            assertThat(e.recordId()).isEqualTo(gone.get("id").asText());
            assertThat(e.detail()).contains(gone.get("serial_number").asText());
        });

        page.add(gone);
        GOLD_STANDARD.stubFor(get(urlEqualTo(url)).willReturn(okJson(page.toString())));
        runs.runNow();

        assertThat(withdrawals.blockIdsOf("gold-standard")).hasSize(SAMPLE.size()).contains(gone.get("id").asText());
        assertThat(quarantine.list(false, 10)).isEmpty();
    }
}
