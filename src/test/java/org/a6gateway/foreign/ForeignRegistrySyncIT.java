package org.a6gateway.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.itmo.ItmoPairs;
import org.a6gateway.itmo.ItmoQueries;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A registry pair the gateway never saw, served over HTTP in the contracts' shapes (version 2
 * fields and the version 1 shape side by side: blocks with and without a vintage year, retirements
 * in structure and in words, references and pairs in the national registry's own numbering, revoked
 * units under pairs), synced twice through the whole gateway: ingest, store, the jobs, the pushes
 * (withdrawals and reference removals included), the reconciliation. Nothing is refused, the rules
 * hold on what the gateway stored, the summary counts units the registry sent under two block ids
 * once, and the second sync sends nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=foreignsync")
class ForeignRegistrySyncIT {

    private static final ForeignRegistry REGISTRY = ForeignRegistry.generate(20261205L, 8).withUnitsTwice();
    private static final RegistrySimulators SIMULATORS = start();

    @Autowired
    SyncRuns runs;
    @Autowired
    BlockStore blocks;
    @Autowired
    ItmoPairs pairs;
    @Autowired
    ItmoQueries itmos;

    private static RegistrySimulators start() {
        var json = new ForeignRegistryJson(REGISTRY);
        return RegistrySimulators.serving(json.blocks(), json.nationalChanges());
    }

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        properties.add("a6.vcm.url", SIMULATORS::vcmBaseUrl);
        properties.add("a6.national.url", SIMULATORS::nationalBaseUrl);
    }

    @AfterAll
    static void stop() {
        SIMULATORS.close();
    }

    @Test
    void aForeignRegistryIsReadWhole_TheRulesHoldOnWhatWasStored_AndASecondSyncSendsNothing() {
        var first = runs.runNow();
        assertThat(first.status()).as(String.valueOf(first.failure())).isEqualTo("COMPLETED");
        assertThat(first.summary().quarantined().total()).as("nothing refused: %s", first.summary().quarantined()).isZero();
        assertThat(first.summary().blocks()).isGreaterThanOrEqualTo(REGISTRY.blocks().size());
        assertThat(first.summary().pushed()).isPositive();

        var second = runs.runNow();
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.summary().pushed()).as("the second sync").isZero();

        var stored = new ArrayList<BlockRecord>();
        blocks.forEach(stored::add);
        var held = Oracle.once(Oracle.byScope(stored));
        assertThat(held).as("some units under two block ids").matches(h -> Oracle.units(h) < stored.stream().mapToLong(BlockRecord::quantity).sum());
        assertThat(second.summary().credits()).as("t CO2e, each unit once").isEqualByComparingTo(BigDecimal.valueOf(Oracle.units(held)));
        assertThat(second.summary().byCountry().get(REGISTRY.party()).credits()).isEqualByComparingTo(BigDecimal.valueOf(Oracle.units(held)));
        for (StoredPair pair : mintedByTheGateway()) {
            var authorization = authorization(pair.authorizationId());
            stored.stream().filter(b -> b.program().equals(pair.pair().underlyingRegistry())
                    && b.issuanceId().equals(pair.pair().issuance()) && b.range().overlaps(pair.pair().units()))
                    .forEach(block -> {
                        assertThat(Oracle.carriesLabelOutsidePurposes(block, authorization)).as("minted on %s", block).isFalse();
                        assertThat(Oracle.insideTimeframe(block, authorization)).as("minted on %s", block).isTrue();
                        assertThat(Oracle.claimed(block, REGISTRY.structuredUse(block), authorization)).as("minted on %s", block)
                                .isFalse();
                    });
        }
        assertThat(mintedByTheGateway()).as("the world mints something").isNotEmpty();
        assertThat(first.summary().itmoWithdrawals()).as("the world revokes paired units").isPositive();
        for (StoredPair standing : pairs.all()) {
            assertThat(stored).as("%s stands on revoked units", standing).noneMatch(b -> b.status() == BlockStatus.REVOKED
                    && b.program().equals(standing.pair().underlyingRegistry()) && b.issuanceId().equals(standing.pair().issuance())
                    && b.range().overlaps(standing.pair().units()));
        }
        assertThat(stored).as("no revoked block keeps an ITMO reference")
                .noneMatch(b -> b.status() == BlockStatus.REVOKED && b.itmoReference() != null);
        assertThat(REGISTRY.nationalPairs()).as("the world has pairs in the national registry's numbering").isNotEmpty()
                .allSatisfy(p -> assertThat(itmos.holding(p.pair().itmo().first().plus(p.pair().units().quantity() - 1)))
                        .as("found by its last ITMO: %s", p.pair().itmo()).isPresent());
    }

    private List<StoredPair> mintedByTheGateway() {
        return pairs.all().stream().filter(p -> REGISTRY.nationalPairs().stream()
                .noneMatch(n -> n.pair().itmo().first().equals(p.pair().itmo().first()))).toList();
    }

    private static AuthorizationRecord authorization(String id) {
        return REGISTRY.authorizations().stream().filter(a -> a.authorizationId().equals(id)).findFirst().orElseThrow();
    }
}
