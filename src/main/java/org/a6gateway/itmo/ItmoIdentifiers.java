package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.List;
import org.a6gateway.authorization.AuthorizationStatus;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.authorization.AuthorizationStore;
import org.a6gateway.authorization.LabelVocabulary;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.Outbox;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
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
    private final String nationalRegistry;
    private final String vcmRegistry;

    ItmoIdentifiers(AuthorizationStore authorizations, BlockStore blocks, NationalRecords national, ItmoPairs pairs,
                    HeldBackRecords heldBack, Outbox outbox, ItmoOutbox entries,
                    @Value("${a6.itmo.registry-suffix:01}") String registrySuffix,
                    @Value("${a6.national.name:national-registry}") String nationalRegistry,
                    @Value("${a6.vcm.name:vcm-registry}") String vcmRegistry) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.national = national;
        this.pairs = pairs;
        this.heldBack = heldBack;
        this.outbox = outbox;
        this.entries = entries;
        this.decisions = new ItmoDecisions(new ItmoMinting(registrySuffix), LabelVocabulary::ofProgram);
        this.nationalRegistry = nationalRegistry;
        this.vcmRegistry = vcmRegistry;
    }

    /** Mints what is due, in one transaction with its outbox entries; returns the pairs minted. */
    @Transactional
    public Minting mint(Long job) {
        var covered = new CoveredBlocks(blocks);
        var paired = new ArrayList<>(pairs.all().stream().map(StoredPair::pair).toList());
        var actions = national.firstTransfers();
        var minted = new ArrayList<MintedPair>();
        var held = new ArrayList<HeldBack>();
        for (AuthorizationRecord authorization : authorizations.all()) {
            var decided = decisions.decide(authorization, covered.of(authorization), actions, paired);
            minted.addAll(decided.minted());
            held.addAll(decided.heldBack());
        }
        pairs.minted(minted, job);
        minted.forEach(m -> outbox.enqueue(entries.register(nationalRegistry, m, job)));
        heldBack.settle(HeldBack.Kind.ITMO_ID, held);
        return new Minting(minted.size(), minted.stream().mapToLong(m -> m.pair().units().quantity()).sum());
    }

    /** For each confirmed pair, the private blocks holding its units that do not carry its reference yet. */
    @Transactional
    public int attachReferences(Long job) {
        var covered = new CoveredBlocks(blocks);
        var byId = authorizations.byId();
        int enqueued = 0;
        for (StoredPair stored : pairs.all()) {
            var authorization = byId.get(stored.authorizationId());
            // A revoked authorization's pairs get no new references: the reconciliation reports them for cancelling.
            if (!stored.confirmed() || authorization == null || authorization.status() == AuthorizationStatus.REVOKED) {
                continue;
            }
            var pair = stored.pair();
            for (BlockRecord block : covered.holding(pair.underlyingRegistry(), pair.issuance(), pair.units())) {
                var units = block.range().intersection(pair.units()).orElseThrow();
                if (!referenced(block, pair, units)
                        && outbox.enqueue(entries.attach(vcmRegistry, pair, block, units, stored.authorizationId(), job))) {
                    enqueued++;
                }
            }
        }
        return enqueued;
    }

    /**
     * The block already names ITMOs that include its units' own. A registry that splits a block
     * copies the reference to both parts; each part's ITMOs are still inside it, so that is no change.
     */
    private static boolean referenced(BlockRecord block, ItmoPair pair, SerialRange units) {
        var reference = block.itmoReference();
        if (reference == null || reference.firstItmoId() == null || reference.lastItmoId() == null) {
            return false;
        }
        try {
            var first = ItmoIdentifier.parse(reference.firstItmoId());
            var last = ItmoIdentifier.parse(reference.lastItmoId());
            var wanted = pair.part(units).itmo();
            return first.sameSeries(wanted.first()) && first.serial().compareTo(wanted.first().serial()) <= 0
                    && last.serial().compareTo(wanted.last().serial()) >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** How many ITMO blocks were minted, and how many units (t CO2e) they hold. */
    public record Minting(int pairs, long units) {
    }
}
