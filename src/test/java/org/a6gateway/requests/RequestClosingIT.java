package org.a6gateway.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.RegistryEntries;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request to label units at a read-only Gold Standard registry (its public API stubbed from the
 * real sample) stays open while the registry does not show the label; once its operator applied
 * it and the next sync reads the credit with that label, that sync's delivery closes the request
 * itself, into the ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=requestclosing")
class RequestClosingIT {

    private static final String PAGE = "/credits?page=1&size=20";
    private static final JsonNode SAMPLE = sample();
    private static final WireMockServer GOLD_STANDARD = goldStandard();
    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(),
            Map.of("national-registry", List.of()));
    private static final String LABEL = LabelVocabulary.GOLD_STANDARD.text(LabelCode.A6_AUTHORIZED_IMP);

    @Autowired
    SyncRuns runs;
    @Autowired
    Outbox outbox;
    @Autowired
    OperatorRequests requests;

    private static JsonNode sample() {
        try (InputStream in = RequestClosingIT.class.getResourceAsStream("/registry-exports/gs_public_api_credits_sample.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMockServer goldStandard() {
        var server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.stubFor(get(urlEqualTo(PAGE)).willReturn(okJson(SAMPLE.toString())));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        RegistryEntries.privateRegistry(properties, 0, "gold-standard", "gs-public-api",
                () -> "http://127.0.0.1:" + GOLD_STANDARD.port(), 20);
        RegistryEntries.nationalRegistry(properties, 1, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        GOLD_STANDARD.stop();
        NATIONAL.close();
    }

    @Test
    void aLabelRequestIsClosedByTheReadThatShowsTheLabel() throws IOException {
        assertThat(runs.runNow().status()).isEqualTo("COMPLETED");
        var command = new LabelCommand(LabelCommand.Action.APPLY, LabelCode.A6_AUTHORIZED_IMP, LABEL, "GS", "1303",
                SerialRange.of(93, 4644), "IND-GS-0001", 1);
        outbox.enqueue(new OutboxEntry("a6-test-closing", "gold-standard", Operations.APPLY_LABEL, "GS 1303 93-4644",
                new ObjectMapper().writeValueAsString(command), "authorization IND-GS-0001 v1", null, "134202"));

        assertThat(runs.runNow().status()).isEqualTo("COMPLETED");
        assertThat(requests.open("gold-standard")).as("the registry does not show it yet").hasSize(1);

        var labelled = SAMPLE.deepCopy();
        ((ObjectNode) labelled.get(0)).withArray("labels").add(LABEL);
        GOLD_STANDARD.stubFor(get(urlEqualTo(PAGE)).willReturn(okJson(labelled.toString())));
        var run = runs.runNow();

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(requests.open("gold-standard")).isEmpty();
        assertThat(outbox.delivered()).anySatisfy(d -> {
            assertThat(d.registry()).isEqualTo("gold-standard");
            assertThat(d.operation()).isEqualTo(Operations.APPLY_LABEL);
        });
    }
}
