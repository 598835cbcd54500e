package org.a6gateway.foreign;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One gateway serving two host Parties, each with its national registry and a private registry of
 * its own, both worlds generated: every ITMO pair is registered (and withdrawn) at the national
 * registry that published its authorization, never at the other; an authorization id the second
 * national registry publishes again is refused there and kept in the quarantine; a second sync
 * sends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=twoparties")
class TwoHostPartiesSyncIT {

    /** Two generated worlds known to mint and withdraw pairs, of two Parties, on issuances of their own. */
    private static final ForeignRegistry FIRST = ForeignRegistry.generate(20261206L, 6);
    private static final ForeignRegistry SECOND = ForeignRegistry.generate(7919L, 6);
    private static final RegistrySimulators SIMULATORS = start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SyncRuns runs;
    @Autowired
    Quarantine quarantine;
    @Autowired
    AuthorizationStore authorizations;

    private static Set<String> issuances(ForeignRegistry world) {
        return world.blocks().stream().map(b -> b.program() + "/" + b.issuanceId()).collect(Collectors.toSet());
    }

    private static RegistrySimulators start() {
        var first = new ForeignRegistryJson(FIRST);
        var second = new ForeignRegistryJson(SECOND);
        var secondChanges = new ArrayList<>(second.nationalChanges());
        // the first Party's authorization, published again by the second Party's registry
        secondChanges.add(first.nationalChanges().get(0));
        var privates = new LinkedHashMap<String, List<ObjectNode>>();
        privates.put("registry-a", first.blocks());
        privates.put("registry-b", second.blocks());
        var nationals = new LinkedHashMap<String, List<ObjectNode>>();
        nationals.put("national-a", first.nationalChanges());
        nationals.put("national-b", secondChanges);
        return RegistrySimulators.serving(privates, nationals);
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        int i = 0;
        for (var registry : List.of("registry-a private", "registry-b private", "national-a national",
                "national-b national")) {
            var parts = registry.split(" ");
            properties.add("a6.registries[" + i + "].id", () -> parts[0]);
            properties.add("a6.registries[" + i + "].role", () -> parts[1]);
            properties.add("a6.registries[" + i + "].url", () -> url(parts[0]));
            i++;
        }
    }

    private static String url(String id) {
        var urls = new LinkedHashMap<String, String>(SIMULATORS.privateBaseUrls());
        urls.putAll(SIMULATORS.nationalBaseUrls());
        return urls.get(id);
    }

    @AfterAll
    static void stop() {
        SIMULATORS.close();
    }

    @Test
    void eachPartysPairsGoToItsOwnNationalRegistry_AndAnAuthorizationIdPublishedTwiceIsRefused() {
        assertThat(SECOND.party()).isNotEqualTo(FIRST.party());
        assertThat(issuances(SECOND)).doesNotContainAnyElementsOf(issuances(FIRST));

        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");

        var national = SIMULATORS.nationalServers();
        assertThat(authorizationsOf(national.get("national-a"), "/v1/itmo-pairs")).as("pairs registered at national-a")
                .isNotEmpty().allMatch(ids(FIRST)::contains);
        assertThat(authorizationsOf(national.get("national-b"), "/v1/itmo-pairs")).as("pairs registered at national-b")
                .isNotEmpty().allMatch(ids(SECOND)::contains);
        var withdrawnAtA = authorizationsOf(national.get("national-a"), "/v1/itmo-pairs/withdrawals");
        var withdrawnAtB = authorizationsOf(national.get("national-b"), "/v1/itmo-pairs/withdrawals");
        assertThat(withdrawnAtA).allMatch(ids(FIRST)::contains);
        assertThat(withdrawnAtB).allMatch(ids(SECOND)::contains);
        assertThat(withdrawnAtA.size() + withdrawnAtB.size()).as("every withdrawal at one of them")
                .isPositive().isEqualTo(first.summary().itmoWithdrawals());
        assertThat(first.summary().byCountry()).containsKeys(FIRST.party(), SECOND.party());

        String twice = FIRST.authorizations().get(0).authorizationId();
        assertThat(quarantine.list(false, 100)).singleElement().satisfies(entry -> {
            assertThat(entry.sourceRegistry()).isEqualTo("national-b");
            assertThat(entry.reason()).isEqualTo(QuarantineReason.DUPLICATE_ID);
            assertThat(entry.detail()).contains(twice, "national-a");
        });
        assertThat(authorizations.all()).filteredOn(a -> a.authorizationId().equals(twice))
                .extracting(AuthorizationRecord::sourceRegistry).containsExactly("national-a");

        var second = runs.runNow();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.summary().pushed()).as("the second sync").isZero();
    }

    private static Set<String> ids(ForeignRegistry world) {
        return world.authorizations().stream().map(AuthorizationRecord::authorizationId).collect(Collectors.toSet());
    }

    private static List<String> authorizationsOf(WireMockServer server, String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path))).stream().map(request -> {
            try {
                JsonNode body = JSON.readTree(request.getBodyAsString());
                return body.path("authorizationId").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
