package org.a6gateway.sync;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.blocks.BlockGroup;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.publication.PublicationResult;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.itmo.HeldBackRecords;
import org.a6gateway.itmo.ItmoPairs;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.reconciliation.ReconciliationRun;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.units.Party;
import org.springframework.stereotype.Service;

/**
 * Sums up the store: the blocks in groups the database counts and sums, each group sharing what
 * decides which authorization covers it (provenance), matched once for all its blocks. Units a
 * registry sent under two block ids count once in the t CO2e, in all and per host Party (the
 * Party of the block that holds them first, {@link CountedAgain}); blocks, matched and unmatched
 * stay counts of block ids, each of which the registry did send.
 */
@Service
class SyncSummaries {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final Outbox outbox;
    private final Ledger ledger;
    private final HeldBackRecords heldBack;
    private final ItmoPairs pairs;
    private final Reconciliations reconciliations;
    private final Breakers breakers;
    private final Quarantine quarantine;
    private final CountedAgain countedAgain;

    SyncSummaries(BlockStore blocks, AuthorizationStore authorizations, Outbox outbox, Ledger ledger,
                  HeldBackRecords heldBack, ItmoPairs pairs, Reconciliations reconciliations, Breakers breakers,
                  Quarantine quarantine, CountedAgain countedAgain) {
        this.countedAgain = countedAgain;
        this.breakers = breakers;
        this.quarantine = quarantine;
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.outbox = outbox;
        this.ledger = ledger;
        this.heldBack = heldBack;
        this.pairs = pairs;
        this.reconciliations = reconciliations;
    }

    SyncSummary current(Map<String, IngestProgress> ingested, RunActions actions, RunFaults faults, long runId,
                        ExportsSummary exports, Map<String, PublicationResult> published) {
        var coverage = new AuthorizationCoverage(authorizations.all());
        var tally = new Tally();
        // A run that did not reconcile shows no discrepancies rather than an older run's.
        var reconciliation = !faults.skipped().containsKey(SyncJobConfiguration.RECONCILE) ? reconciliations.latest() : Optional.<ReconciliationRun>empty();
        blocks.forEachGroup(group -> tally.add(group, coverage));
        countedAgain.forEach(tally::uncount);
        return new SyncSummary(tally.blocks, tally.credits, tally.byCountry.size(), authorizations.count(),
                tally.matched, tally.blocks - tally.matched, tally.unmatchedByReason, tally.byCountry, tally.byRegistry, ingested,
                actions.labelsApplied(), actions.labelsRemoved(), actions.itmoIdsMinted(), actions.itmoUnitsMinted(),
                actions.itmoReferencesAttached(), actions.itmoWithdrawals(), actions.itmoReferencesRemoved(), actions.caFlagsApplied(), heldBack.openByReason(), pairs.count(),
                actions.pushed(), actions.deadLettered(), actions.deferred(), outbox.pendingCount(), outbox.proposedCount(), outbox.deadCount(),
                ledger.count(), reconciliation.map(ReconciliationRun::byType).orElse(Map.of()),
                reconciliation.map(ReconciliationRun::newCount).orElse(0), reconciliation.map(ReconciliationRun::resolved).orElse(0),
                faults.retried(), faults.deadLetteredCommands(), faults.deferredByRegistry(), breakers.states(),
                quarantine.seenInRun(runId), faults.unavailable(), faults.skipped(), exports, published);
    }

    private static final class Tally {
        long blocks;
        long matched;
        BigDecimal credits = BigDecimal.ZERO;
        final Map<String, Long> unmatchedByReason = new TreeMap<>();
        final Map<String, CountryTotals> byCountry = new TreeMap<>();
        final Map<String, RegistryTotals> byRegistry = new TreeMap<>();

        void add(BlockGroup group, AuthorizationCoverage coverage) {
            blocks += group.blocks();
            credits = credits.add(group.tonnes());
            var party = Party.find(group.hostCountry());
            byCountry.computeIfAbsent(key(group.hostCountry()), k -> new CountryTotals(party.map(Party::name).orElse(k), 0, BigDecimal.ZERO));
            byCountry.computeIfPresent(key(group.hostCountry()), (k, totals) -> totals.plus(group.blocks(), group.tonnes()));
            byRegistry.merge(group.sourceRegistry(), new RegistryTotals(group.blocks(), group.tonnes()), RegistryTotals::plus);
            var match = coverage.match(group);
            if (match.isMatched()) {
                matched += group.blocks();
            } else {
                unmatchedByReason.merge(match.reason().name(), group.blocks(), Long::sum);
            }
        }

        /** Takes out the block's t CO2e that an earlier block of its scope already counted. */
        void uncount(BlockRecord block, BigDecimal tonnes) {
            credits = credits.subtract(tonnes);
            byCountry.computeIfPresent(key(block.hostCountry()), (k, totals) -> totals.plus(0, tonnes.negate()));
        }

        private static String key(String hostCountry) {
            return Party.find(hostCountry).map(Party::alpha3).orElse(hostCountry);
        }
    }
}
