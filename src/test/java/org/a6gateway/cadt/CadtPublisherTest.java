package org.a6gateway.cadt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.a6gateway.publication.CaDeclaration;
import org.a6gateway.publication.CaStatus;
import org.a6gateway.publication.PublicationFailure;
import org.a6gateway.publication.PublicationPlan;
import org.a6gateway.publication.PublishedUnit;
import org.a6gateway.publication.Refusal;
import org.a6gateway.publication.UnitStanding;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The CADT connector on WireMock serving what a real CADT 1.7.24 node answered (a unit the
 * gateway published, its organizations, its pick list): reading units back, a write CADT refuses,
 * a commit it already took, a node that fails.
 */
class CadtPublisherTest {

    private static final String HOME = "f1c54511-865e-4611-976c-7c3c1f704662";
    private final ObjectMapper json = new ObjectMapper();
    private WireMockServer cadt;
    private CadtPublisher publisher;

    @BeforeEach
    void start() {
        cadt = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        cadt.start();
        cadt.stubFor(get(urlPathEqualTo("/v1/organizations")).willReturn(okJson(sample("organizations.json"))));
        cadt.stubFor(get(urlPathEqualTo("/v1/governance/meta/pickList")).willReturn(okJson(sample("pick-list.json"))));
        cadt.stubFor(get(urlPathEqualTo("/v1/units")).willReturn(okJson(sample("units-page.json"))));
        cadt.stubFor(get(urlPathEqualTo("/v1/staging")).willReturn(okJson("{\"page\":1,\"pageCount\":0,\"data\":[]}")));
        cadt.stubFor(post(urlPathEqualTo("/v1/staging/commit")).willReturn(okJson(
                "{\"message\":\"Staging Table committed to full node\",\"success\":true}")));
        var http = RestClient.builder().baseUrl("http://127.0.0.1:" + cadt.port()).build();
        publisher = new CadtPublisher("cadt", new CadtClient(http, json, Duration.ofMillis(300), Duration.ofMillis(10)), json,
                "Reduction - technical");
    }

    @AfterEach
    void stop() {
        cadt.stop();
    }

    private static String sample(String name) {
        try (var in = CadtPublisherTest.class.getResourceAsStream("/cadt/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PublishedUnit shown() {
        return publisher.read().get(0);
    }

    @Test
    void aUnitReadsBackAsTheUnitsItsSerialsName() {
        var units = publisher.read();

        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.range()).isEqualTo(SerialRange.of(742548032, 742608031));
            assertThat(u.count()).isEqualTo(60000);
            assertThat(u.registry()).isEqualTo("VCS");
            assertThat(u.issuanceId()).isEqualTo(units.get(0).serial().issuance());
            assertThat(u.hostCountry()).as("CADT's English name read back as the Party").isEqualTo("KHM");
            assertThat(u.declaration()).isEqualTo(CaDeclaration.COMMITTED);
            assertThat(u.caStatus()).isEqualTo(CaStatus.PENDING);
            assertThat(u.standing()).isEqualTo(UnitStanding.HELD);
            assertThat(u.authorizationIds()).containsExactly("KHM-VCS-2925");
        });
        cadt.verify(getRequestedFor(urlPathEqualTo("/v1/units")).withQueryParam("orgUid", equalTo(HOME)));
    }

    @Test
    void aWriteCadtRefusesComesBackWithItsReasonAndTheOthersAreCommitted() {
        var unit = shown();
        var completed = with(unit, CaStatus.COMPLETED, "KHM");
        var elsewhere = with(unit.on(SerialRange.of(742548032, 742548999)), CaStatus.COMPLETED, "KHM");
        var unnamed = with(unit, CaStatus.COMPLETED, "MWI");
        cadt.stubFor(put(urlPathEqualTo("/v1/units")).withRequestBody(containing("742548999"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"message\":\"Data Validation error\",\"errors\":[\"\\\"unitCount\\\" must be a number\"]}")));
        cadt.stubFor(put(urlPathEqualTo("/v1/units")).withRequestBody(containing("742608031")).willReturn(okJson(
                "{\"message\":\"Unit update added to staging\",\"success\":true}")));

        var refused = publisher.apply(new PublicationPlan(List.of(), List.of(new PublicationPlan.Update(completed, List.of()),
                new PublicationPlan.Update(elsewhere, List.of()), new PublicationPlan.Update(unnamed, List.of())), List.of(), List.of()));

        assertThat(refused).extracting(Refusal::reason).containsExactlyInAnyOrder(
                "CADT refused PUT /v1/units: Data Validation error: \"unitCount\" must be a number",
                "CADT's country list has no name for the host Party MWI");
        cadt.verify(2, putRequestedFor(urlPathEqualTo("/v1/units")));
        cadt.verify(putRequestedFor(urlPathEqualTo("/v1/units")).withRequestBody(containing("\"correspondingAdjustmentStatus\":\"Completed\""))
                .withRequestBody(containing("\"countryJurisdictionOfOwner\":\"Cambodia\""))
                .withRequestBody(containing("\"warehouseUnitId\":\"" + unit.id() + "\"")));
        cadt.verify(1, postRequestedFor(urlPathEqualTo("/v1/staging/commit")));
    }

    /** As the real node answered while it applied a commit: the write is tried again, not refused. */
    @Test
    void aWriteThatMetCadtsDatabaseBusyIsStagedAgain() {
        var unit = with(shown(), CaStatus.COMPLETED, "KHM");
        cadt.stubFor(put(urlPathEqualTo("/v1/units")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"message\":\"Unit Insert Failed to stage.\",\"error\":\"SQLITE_BUSY: database is locked\"}"))
                .willSetStateTo("free"));
        cadt.stubFor(put(urlPathEqualTo("/v1/units")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson("{\"message\":\"Unit update added to staging\",\"success\":true}")));

        var refused = publisher.apply(new PublicationPlan(List.of(), List.of(new PublicationPlan.Update(unit, List.of())), List.of(),
                List.of()));

        assertThat(refused).isEmpty();
        cadt.verify(2, putRequestedFor(urlPathEqualTo("/v1/units")));
        cadt.verify(1, postRequestedFor(urlPathEqualTo("/v1/staging/commit")));
    }

    @Test
    void aCommitOfAnEmptiedStagingTableIsDone() {
        cadt.stubFor(post(urlPathEqualTo("/v1/staging/commit")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(
                        "{\"message\":\"Error committing staging\",\"error\":\"Cant commit empty staging table\",\"success\":false}")));
        var client = new CadtClient(RestClient.builder().baseUrl("http://127.0.0.1:" + cadt.port()).build(), json,
                Duration.ofMillis(300), Duration.ofMillis(10));

        client.commit();

        cadt.verify(getRequestedFor(urlPathEqualTo("/v1/staging")));
    }

    @Test
    void aNodeThatFailsStopsThePublicationWithItsAnswer() {
        var unit = shown();
        cadt.stubFor(put(urlPathEqualTo("/v1/units")).willReturn(aResponse().withStatus(500).withBody("SQLITE_BUSY")));

        assertThatThrownBy(() -> publisher.apply(new PublicationPlan(List.of(), List.of(new PublicationPlan.Update(
                with(unit, CaStatus.COMPLETED, "KHM"), List.of())), List.of(), List.of())))
                .isInstanceOf(PublicationFailure.class).hasMessageContaining("500").hasMessageContaining("SQLITE_BUSY");
        cadt.verify(0, postRequestedFor(urlPathEqualTo("/v1/staging/commit")));
    }

    private static PublishedUnit with(PublishedUnit unit, CaStatus status, String party) {
        return new PublishedUnit(unit.id(), unit.serial(), unit.range(), unit.vintageYear(), unit.standing(), unit.standingReason(),
                party, unit.registryLink(), unit.declaration(), status, unit.letters(), null, null, "verra", "B1",
                unit.unitSize());
    }
}
