package org.a6gateway.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.RegistryEntries;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.LabelVocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Gold Standard's public API and Verra's registry search, each stubbed from its real sample, as
 * two read-only private registries beside a national registry that authorizes one project of
 * each (GS817 in India for NDC use, VCS1360 in Peru for other international mitigation purposes):
 * the sync reads every record of both samples (their counts and totals), asks each operator for
 * the labels the authorizations imply, in the registry's words and serials; once the registries
 * show those labels, the next sync closes every request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=publicregistries")
class PublicRegistriesSyncIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode GS = sample("/registry-exports/gs_public_api_credits_sample.json");
    private static final JsonNode VERRA = sample("/registry-exports/verra_api_search_response_sample.json");
    private static final String GS_PAGE = "/credits?page=1&size=50";
    private static final String VERRA_PAGE = "/asset/asset/search?$skip=0&$top=50&$count=true";
    private static final String GS_NDC = LabelVocabulary.GOLD_STANDARD.text(LabelCode.A6_AUTHORIZED_NDC);
    private static final String VERRA_IMP = LabelVocabulary.VERRA.text(LabelCode.A6_AUTHORIZED_IMP);
    private static final WireMockServer PUBLIC_APIS = publicApis(GS, VERRA);
    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(), Map.of("national-registry",
            List.of(authorization("IND-GS817", "IND", "GS", "817", "IN", "NDC"),
                    authorization("PER-VCS1360", "PER", "VCS", "1360", "PE", "OIMP"))));

    @Autowired
    SyncRuns runs;
    @Autowired
    BlockStore blocks;
    @Autowired
    OperatorRequests requests;

    private static JsonNode sample(String path) {
        try (InputStream in = PublicRegistriesSyncIT.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer publicApis(JsonNode gs, JsonNode verra) {
        var server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        serve(server, gs, verra);
        return server;
    }

    private static void serve(WireMockServer server, JsonNode gs, JsonNode verra) {
        server.stubFor(get(urlEqualTo(GS_PAGE)).willReturn(okJson(gs.toString())));
        server.stubFor(post(urlEqualTo(VERRA_PAGE)).willReturn(okJson(verra.toString())));
    }

    /** An authorization change as the national contract shapes it, covering one project, first transferred internationally. */
    private static ObjectNode authorization(String id, String party, String registry, String project, String host,
                                            String purpose) {
        var a = JSON.createObjectNode().put("authorizationId", id).put("version", 1).put("status", "ACTIVE")
                .put("party", party).put("authorizationYear", 2024).put("publishedOnCarp", true).put("metric", "GHG")
                .put("firstTransferDefinition", "FIRST_INTERNATIONAL_TRANSFER").put("synthetic", false)
                .put("cooperativeApproachId", "CA0001");
        a.putArray("purposes").add(purpose);
        a.putArray("coveredActivities").addObject().put("registry", registry).put("projectId", project).put("hostCountry", host);
        var change = JSON.createObjectNode().put("kind", "AUTHORIZATION");
        change.set("authorization", a);
        return change;
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        String url = "http://127.0.0.1:" + PUBLIC_APIS.port();
        RegistryEntries.privateRegistry(properties, 0, "gold-standard", "gs-public-api", () -> url, 50);
        RegistryEntries.privateRegistry(properties, 1, "verra", "verra-search", () -> url, 50);
        RegistryEntries.nationalRegistry(properties, 2, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        PUBLIC_APIS.stop();
        NATIONAL.close();
    }

    @Test
    void everyRecordIsRead_TheImpliedLabelsAreAskedFor_AndClosedOnceTheRegistriesShowThem() {
        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");
        assertThat(first.summary().quarantined().total()).isZero();
        assertThat(stored("gold-standard")).hasSize(GS.size()).extracting(BlockRecord::quantity)
                .containsExactlyInAnyOrderElementsOf(numbers(GS, "number_of_credits"));
        assertThat(stored("verra")).hasSize(VERRA.get("totalCount").asInt()).extracting(BlockRecord::quantity)
                .containsExactlyInAnyOrderElementsOf(numbers(VERRA.get("value"), "quantity"));

        var open = requests.open(null);
        assertThat(open).filteredOn(r -> r.registry().equals("gold-standard")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.action()).isEqualTo("apply label");
            assertThat(r.labelText()).isEqualTo(GS_NDC);
            assertThat(r.serial()).contains("-GS817-");
        });
        assertThat(open).filteredOn(r -> r.registry().equals("verra")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.action()).isEqualTo("apply label");
            assertThat(r.labelText()).isEqualTo(VERRA_IMP);
            assertThat(r.serial()).contains("-PE-14-1360-");
        });
        assertThat(open).extracting(OperatorRequest::registry).containsOnly("gold-standard", "verra");

        serve(PUBLIC_APIS, labelled(GS, "GS817"), labelledVerra());
        var second = runs.runNow();

        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(requests.open(null)).as("every label shown, every request closed").isEmpty();
        assertThat(second.summary().pushed()).as("each request delivered as seen done, nothing sent").isEqualTo(open.size());
        assertThat(second.summary().ledgerEvents()).isEqualTo(open.size());
    }

    private List<BlockRecord> stored(String registry) {
        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(b -> {
            if (b.sourceRegistry().equals(registry)) {
                stored.add(b);
            }
        });
        return stored;
    }

    private static List<Long> numbers(JsonNode records, String field) {
        var numbers = new ArrayList<Long>();
        records.forEach(r -> numbers.add(r.get(field).asLong()));
        return numbers;
    }

    /** The credits of the project with its Article 6 label, as its operator applied it. */
    private static JsonNode labelled(JsonNode credits, String project) {
        var copy = credits.deepCopy();
        copy.forEach(c -> {
            if (c.get("serial_number").asText().contains("-" + project + "-")) {
                ((ObjectNode) c).withArray("labels").add(GS_NDC);
            }
        });
        return copy;
    }

    private static JsonNode labelledVerra() {
        var copy = VERRA.deepCopy();
        copy.get("value").forEach(h -> ((ObjectNode) h).put("additionalCertifications",
                h.path("additionalCertifications").asText() + "; " + VERRA_IMP));
        return copy;
    }
}
