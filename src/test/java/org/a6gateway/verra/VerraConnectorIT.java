package org.a6gateway.verra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.RegistryEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Verra's registry search as it pages its answers, stubbed from the real sample (four holdings a
 * page, each answer with the sample's totalCount, the second page failing once): the sync reads
 * every holding, with the sample's counts and totals, rides out the failed page, sends the
 * registry nothing but searches, and reads nothing new the second time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"a6.test.database=verrasearch",
        "a6.ingest.retry.max-retries=2", "a6.ingest.retry.delay-ms=1"})
class VerraConnectorIT {

    private static final int PAGE = 4;
    private static final JsonNode SAMPLE = HoldingTranslatorTest.sample();
    private static final WireMockServer VERRA = verra();
    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(),
            Map.of("national-registry", List.of()));

    @Autowired
    SyncRuns runs;
    @Autowired
    BlockStore blocks;
    @Autowired
    Quarantine quarantine;

    private static String page(int skip) {
        return "/asset/asset/search?$skip=" + skip + "&$top=" + PAGE + "&$count=true";
    }

    private static WireMockServer verra() {
        var server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        var json = new ObjectMapper();
        var holdings = SAMPLE.get("value");
        for (int skip = 0; skip < holdings.size(); skip += PAGE) {
            var answer = json.createObjectNode().put("totalCount", SAMPLE.get("totalCount").asInt()).put("countExceeded", false);
            var items = answer.putArray("value");
            for (int i = skip; i < Math.min(holdings.size(), skip + PAGE); i++) {
                items.add(holdings.get(i));
            }
            var request = post(urlEqualTo(page(skip))).withRequestBody(equalToJson("{\"program\": \"VCS\"}"));
            if (skip == PAGE) {
                server.stubFor(request.inScenario("page 2").whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
                server.stubFor(post(urlEqualTo(page(skip))).inScenario("page 2").whenScenarioStateIs("recovered")
                        .willReturn(okJson(answer.toString())));
            } else {
                server.stubFor(request.willReturn(okJson(answer.toString())));
            }
        }
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        RegistryEntries.privateRegistry(properties, 0, "verra", "verra-search", () -> "http://127.0.0.1:" + VERRA.port(), PAGE);
        RegistryEntries.nationalRegistry(properties, 1, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        VERRA.stop();
        NATIONAL.close();
    }

    @Test
    void everyHoldingIsRead_TheFailedPageRiddenOut_AndTheRegistryIsOnlySearched() {
        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");

        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(stored::add);
        var holdings = SAMPLE.get("value");
        long published = 0;
        for (JsonNode holding : holdings) {
            published += holding.get("quantity").asLong();
        }
        assertThat(stored).hasSize(SAMPLE.get("totalCount").asInt()).extracting(BlockRecord::sourceRegistry).containsOnly("verra");
        assertThat(stored.stream().mapToLong(BlockRecord::quantity).sum()).isEqualTo(published);
        assertThat(quarantine.list(false, 10)).isEmpty();
        // every read of the feed (the ingest, then the read-back after each delivery) asks for the first page once
        assertThat(VERRA.findAll(postRequestedFor(urlEqualTo(page(PAGE))))).as("page 2: failed once, then read at every read")
                .hasSize(VERRA.findAll(postRequestedFor(urlEqualTo(page(0)))).size() + 1);

        var second = runs.runNow();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.summary().ingested().get("verra").inserted()).isZero();
        assertThat(second.summary().ingested().get("verra").unchanged()).isEqualTo(holdings.size());
        assertThat(VERRA.findAll(anyRequestedFor(anyUrl()))).as("searched only")
                .allMatch(r -> RequestMethod.POST.equals(r.getMethod()) && r.getUrl().startsWith("/asset/asset/search"));
    }
}
