package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Base64;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.HostileCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * A real sync whose private registry first serves a page of every hostile block of the corpus
 * (each with an id of its own, so none is a duplicate of another), then its real feed: every hostile
 * block is quarantined and counted in the summary, everything valid arrives (637 blocks, 111
 * authorizations, nothing extra), and a second run stores no entry twice.
 */
// a context of its own: its store must start empty, before any other test's sync moved the cursors
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.context=hostile-feed")
class HostileFeedEndToEndIT {

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    SyncRuns runs;

    @Autowired
    Quarantine quarantine;

    @Autowired
    ObjectMapper json;

    @Test
    void everyHostileBlockIsQuarantinedAndEverythingValidArrives() throws Exception {
        ArrayNode items = json.createArrayNode();
        HostileCorpus.cases("vcm").map(Arguments::get)
                .filter(c -> !c[1].equals("ACCEPTED") && !c[1].equals("DUPLICATE_ID"))
                .forEach(c -> items.add(ownId(read((String) c[0]), items.size())));
        var page = json.createObjectNode().put("nextCursor", Base64.getUrlEncoder().withoutPadding()
                .encodeToString("seq:0".getBytes())).put("hasMore", true);
        page.set("items", items);
        server(0).stubFor(get(urlPathEqualTo("/v1/blocks/changes")).withQueryParam("cursor", absent()).atPriority(0)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page.toString())));

        var run = runs.runNow();

        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        var summary = run.summary();
        assertThat(summary.quarantined().total()).isEqualTo(items.size());
        assertThat(summary.quarantined().byReason()).containsKeys("MALFORMED_SERIAL", "SPOOFED_CHARACTER", "WRONG_TYPE",
                "INVALID_RANGE", "INVALID_QUANTITY", "UNKNOWN_PARTY", "VINTAGE_OUT_OF_RANGE", "MISSING_FIELD");
        assertThat(summary.blocks()).isEqualTo(637);
        assertThat(summary.credits()).isEqualByComparingTo(new BigDecimal("23279450"));
        assertThat(summary.authorizations()).isEqualTo(111);
        assertThat(quarantine.list(true, 1000)).hasSize(items.size());

        var again = runs.runNow();
        assertThat(again.summary().quarantined().total()).isZero();
        assertThat(quarantine.list(true, 1000)).hasSize(items.size());
    }

    private com.fasterxml.jackson.databind.JsonNode read(String file) {
        try {
            return json.readTree(HostileCorpus.read("vcm", file));
        } catch (Exception e) {
            throw new IllegalStateException(file, e);
        }
    }

    /** Cases about the id itself keep theirs; the rest get one of their own. */
    private static com.fasterxml.jackson.databind.JsonNode ownId(com.fasterxml.jackson.databind.JsonNode record, int n) {
        if (record instanceof ObjectNode object && object.path("blockId").asText().equals("HX-1")) {
            object.put("blockId", "HX-E2E-" + n);
        }
        return record;
    }

    private com.github.tomakehurst.wiremock.WireMockServer server(int index) {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(index);
    }
}
