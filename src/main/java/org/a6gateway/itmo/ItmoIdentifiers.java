package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationsInScope;
import org.a6gateway.authorization.CoveredBlocks;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.units.RangeIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ITMO job's work over stored data: mint identifiers for first-transferred units and enqueue
 * their registration on the national registry; once the national registry confirms a pair,
 * enqueue the reference on the private units. Never calls a registry.
 */
@Service
public class ItmoIdentifiers {

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final NationalRecords national;
    private final ItmoPairs pairs;
    private final HeldBackRecords heldBack;
    private final Outbox outbox;
    private final ItmoOutbox entries;
    private final ItmoDecisions decisions;
    private final DecisionChanges changes;

    ItmoIdentifiers(AuthorizationStore authorizations, BlockStore blocks, NationalRecords national, ItmoPairs pairs,
                    HeldBackRecords heldBack, Outbox outbox, ItmoOutbox entries, DecisionChanges changes,
                    @Value("${a6.itmo.registry-suffix:01}") String registrySuffix,
                    UnitConversionProperties conversions) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.national = national;
        this.pairs = pairs;
        this.heldBack = heldBack;
        this.outbox = outbox;
        this.entries = entries;
        this.changes = changes;
        this.decisions = new ItmoDecisions(new ItmoMinting(registrySuffix), LabelVocabulary::ofProgram,
                conversions.toConversions());
    }

    /**
     * Mints what is due for the authorizations the changes since the last run concern (all, the first
     * time), in one transaction with its outbox entries; returns the pairs minted.
     */
    @Transactional
    public Minting mint(Long job) {
        var scope = changes.scope(DecisionChanges.MINTING);
        if (scope.nothingToDecide()) {
            changes.decided(scope);
            return new Minting(0, 0);
        }
        var inScope = AuthorizationsInScope.of(scope, authorizations.all());
        var minted = new ArrayList<MintedPair>();
        var held = heldBack.settling(HeldBack.Kind.ITMO_ID, scope.everything());
        // An inactive authorization mints nothing: its blocks need not be read.
        var active = inScope.stream().filter(a -> a.status() == AuthorizationStatus.ACTIVE).toList();
        var batches = CoveredBlocks.batches(active);
        try (var covered = new CoveredBlocks(blocks, "itmo-minting", batches)) {
            // with nothing to decide, the pairs and first transfers need not be read either
            var paired = active.isEmpty() ? PairedUnits.of(List.of()) : PairedUnits.of(pairs.registered().stream().map(StoredPair::pair).toList());
            var actions = active.isEmpty() ? Map.<String, List<FirstTransferAction>>of() : national.firstTransfers().stream()
                    .collect(Collectors.groupingBy(FirstTransferAction::authorizationId));
            for (var batch : batches) {
                covered.next();
                for (AuthorizationRecord authorization : batch) {
                    var decided = decisions.decide(authorization, covered.of(authorization),
                            actions.getOrDefault(authorization.authorizationId(), List.of()), paired);
                    minted.addAll(decided.minted());
                    held.add(decided.heldBack());
                }
            }
        }
        if (scope.everything()) {
            held.finish();
        } else {
            // an inactive authorization in scope states nothing: what it held back is resolved
            held.finishForAuthorizations(inScope.stream().map(AuthorizationRecord::authorizationId).toList());
        }
        pairs.minted(minted, job);
        // registered at the national registry that published the authorization
        var publishedBy = active.stream().collect(Collectors.toMap(AuthorizationRecord::authorizationId,
                AuthorizationRecord::sourceRegistry, (first, second) -> first));
        outbox.enqueueAll(minted.stream().map(m -> entries.register(publishedBy.get(m.authorizationId()), m, job)).toList());
        changes.decided(scope);
        return new Minting(minted.size(), minted.stream().mapToLong(m -> m.pair().itmo().quantity()).sum());
    }

    /**
     * For each confirmed pair, the private blocks holding its units that do not carry its reference
     * yet. Only the issuances holding such pairs' units are read (after changes, only those of them
     * where a block changed or a pair's authorization is in scope), each block looked up among the
     * pairs of its issuance; the commands are enqueued in pair order, as a lookup per pair would
     * have found them.
     */
    @Transactional
    public int attachReferences(Long job) {
        var scope = changes.scope(DecisionChanges.REFERENCES);
        if (scope.nothingToDecide()) {
            changes.decided(scope);
            return 0;
        }
        var byId = authorizations.byId();
        var confirmed = new ArrayList<Attachable>();
        for (StoredPair stored : pairs.all()) {
            if (stored.confirmed()) {
                var authorization = byId.get(stored.authorizationId());
                // A revoked authorization's pairs get no new references: the reconciliation reports them for cancelling.
                confirmed.add(new Attachable(confirmed.size(), stored,
                        authorization != null && authorization.status() != AuthorizationStatus.REVOKED));
            }
        }
        var attachable = confirmed.stream().filter(Attachable::attachable).toList();
        var byIssuance = confirmed.stream().collect(Collectors.groupingBy(Attachable::issuance,
                Collectors.collectingAndThen(Collectors.toList(), list -> new RangeIndex<>(list, a -> a.stored().pair().units()))));
        var withAttachable = attachable.stream().map(Attachable::issuance).collect(Collectors.toSet());
        var wanted = new ArrayList<Attachment>();
        blocks.forEachOfIssuances(issuancesToRead(scope, byId, attachable, withAttachable), block -> {
            var index = byIssuance.get(new BlockStore.Issuance(block.program(), block.issuanceId()));
            if (index == null) {
                return;
            }
            var overlapping = index.overlapping(block.range()).stream().sorted(Comparator.comparingInt(Attachable::order)).toList();
            var orderOf = overlapping.stream().collect(Collectors.toMap(Attachable::stored, Attachable::order, (a, b) -> a));
            var decided = ReferenceDecisions.wanted(block, overlapping.stream().map(Attachable::stored).toList(),
                    stored -> overlapping.stream().anyMatch(a -> a.stored() == stored && a.attachable()));
            decided.forEach(w -> wanted.add(new Attachment(orderOf.get(w.pair()), wanted.size(), block, w)));
        });
        wanted.sort(Comparator.comparingInt(Attachment::order).thenComparingInt(Attachment::found));
        int enqueued = outbox.enqueueAll(wanted.stream().map(a -> entries.attach(a.block().sourceRegistry(), a.wanted().pair().pair(),
                a.block(), a.wanted().units(), a.wanted().pair().authorizationId(), job)).toList()).size();
        changes.decided(scope);
        return enqueued;
    }

    /**
     * The issuances holding attachable pairs' units; after changes, only those where a block
     * changed (its project did) or a pair's authorization is in scope: elsewhere nothing the
     * decision rests on moved.
     */
    private Set<BlockStore.Issuance> issuancesToRead(DecisionScope scope, Map<String, AuthorizationRecord> byId,
                                                     List<Attachable> attachable, Set<BlockStore.Issuance> withPairs) {
        if (scope.everything()) {
            return withPairs;
        }
        var read = new HashSet<>(blocks.issuancesOf(AuthorizationsInScope.changedProjects(scope)));
        var ids = AuthorizationsInScope.of(scope, List.copyOf(byId.values())).stream()
                .map(AuthorizationRecord::authorizationId).collect(Collectors.toSet());
        attachable.stream().filter(a -> ids.contains(a.stored().authorizationId())).forEach(a -> read.add(a.issuance()));
        read.retainAll(withPairs);
        return read;
    }

    private record Attachable(int order, StoredPair stored, boolean attachable) {

        BlockStore.Issuance issuance() {
            return new BlockStore.Issuance(stored.pair().underlyingRegistry(), stored.pair().issuance());
        }
    }

    private record Attachment(int order, int found, BlockRecord block, ReferenceDecisions.Wanted wanted) {
    }

    /** How many ITMO blocks were minted, and how many units (t CO2e) they hold. */
    public record Minting(int pairs, long units) {
    }
}
