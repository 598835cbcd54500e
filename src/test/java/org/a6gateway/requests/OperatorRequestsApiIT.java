package org.a6gateway.requests;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.client.api.RequestsApi;
import org.a6gateway.goldstandard.GoldStandardSamples;
import org.a6gateway.outbox.ItmoCommands;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.RegistryEntries;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Gold Standard registry the gateway reads but cannot write, holding the real sample's credits,
 * and two commands decided for it: they are its operator's requests, told in Gold Standard's
 * terms (its serial for exactly the units, its label text, the ITMO ids), listed over the API,
 * exported as CSV, and counted with their age in the metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.database=requests")
class OperatorRequestsApiIT {

    private static final RegistrySimulators NATIONAL = RegistrySimulators.serving(Map.of(),
            Map.of("national-registry", List.of()));
    private static final String LABEL = "Article 6.2 authorised: other international mitigation purposes";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        RegistryEntries.privateRegistry(properties, 0, "gold-standard", "gs-public-api", () -> "http://127.0.0.1:1", 200);
        RegistryEntries.nationalRegistry(properties, 1, NATIONAL::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        NATIONAL.close();
    }

    /** Once per context: the first test to run stores the credits and decides the two commands. */
    private synchronized void decided() throws IOException {
        var outbox = context.getBean(Outbox.class);
        if (outbox.pendingCount("gold-standard") > 0) {
            return;
        }
        context.getBean(BlockStore.class).store("gold-standard", GoldStandardSamples.blocks("gold-standard"));
        var json = new ObjectMapper();
        var label = new LabelCommand(LabelCommand.Action.APPLY, LabelCode.A6_AUTHORIZED_IMP, LABEL, "GS", "1303",
                SerialRange.of(93, 100), "IND-GS-0001", 1);
        outbox.enqueue(new OutboxEntry("a6-test-label", "gold-standard", Operations.APPLY_LABEL, "GS 1303 93-100",
                json.writeValueAsString(label), "authorization IND-GS-0001 v1", null, "134202"));
        var reference = new ItmoCommands.ReferenceAttachment("GS", "1302", 5401, 5410, "IN-CA0001-IND01-2011-GS-1302-5401",
                "IN-CA0001-IND01-2011-GS-1302-5410", "IND01");
        outbox.enqueue(new OutboxEntry("a6-test-reference", "gold-standard", Operations.ATTACH_REFERENCE,
                "GS 1302 5401-5410 ITMO", json.writeValueAsString(reference), "ITMO pair confirmed", null, "134187"));
    }

    @Test
    void theRequestsAreToldInTheRegistrysTerms() throws IOException {
        decided();

        var requests = new RequestsApi(ApiAccess.client(context, port, "OPERATOR")).listOperatorRequests(null);

        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getAction().getValue()).isEqualTo("apply label");
        assertThat(requests.get(0).getSerial()).isEqualTo("GS1-1-IN-GS817-4-2012-1303-93-100");
        assertThat(requests.get(0).getUnits()).isEqualTo(8L);
        assertThat(requests.get(0).getLabelText()).isEqualTo(LABEL);
        assertThat(requests.get(0).getAuthorizationId()).isEqualTo("IND-GS-0001");
        assertThat(requests.get(1).getAction().getValue()).isEqualTo("attach ITMO reference");
        assertThat(requests.get(1).getSerial()).isEqualTo("GS1-1-IN-GS716-4-2011-1302-5401-5410");
        assertThat(requests.get(1).getFirstItmoId()).isEqualTo("IN-CA0001-IND01-2011-GS-1302-5401");
        assertThat(requests).allSatisfy(r -> assertThat(r.getAgeDays()).isZero());
    }

    @Test
    void theCsvIsOneRowARequest_AndAnUnknownRegistryIsAProblem() throws IOException {
        decided();
        var http = ApiAccess.http(context, port, "GOVERNMENT");

        var csv = http.get().uri("/requests/export?registry=gold-standard").retrieve().body(String.class);

        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("request,registry,action,serial,units,label_text,")
                .contains(",gold-standard,apply label,GS1-1-IN-GS817-4-2012-1303-93-100,8," + LABEL + ",IND-GS-0001,,,");
        assertProblem(http.get().uri("/requests?registry=verra").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no read-only registry 'verra'");
    }

    @Test
    void theMetricsCountTheOpenRequests() throws IOException {
        decided();
        var meters = context.getBean(MeterRegistry.class);

        assertThat(meters.get("a6.requests.open").tag("registry", "gold-standard").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("a6.requests.oldest.age").tag("registry", "gold-standard").gauge().value()).isGreaterThanOrEqualTo(0.0);
    }
}
