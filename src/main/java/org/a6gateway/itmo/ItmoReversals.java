package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationsInScope;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.registries.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ITMO job's reversals over stored data: enqueue the withdrawals the national registry owes
 * for revoked units and revoked authorizations, and the removal of the references the private
 * registry still carries on them. Never calls a registry.
 */
@Service
public class ItmoReversals {

    private static final Logger log = LoggerFactory.getLogger(ItmoReversals.class);

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final ItmoPairs pairs;
    private final ItmoWithdrawals withdrawals;
    private final Outbox outbox;
    private final ItmoOutbox entries;
    private final DecisionChanges changes;
    private final List<String> nationals;

    ItmoReversals(AuthorizationStore authorizations, BlockStore blocks, ItmoPairs pairs, ItmoWithdrawals withdrawals,
                  Outbox outbox, ItmoOutbox entries, DecisionChanges changes,
                  ConfiguredRegistries registries) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.pairs = pairs;
        this.withdrawals = withdrawals;
        this.outbox = outbox;
        this.entries = entries;
        this.changes = changes;
        this.nationals = registries.nationals().stream().map(Registry::id).toList();
    }

    /**
     * Enqueues what is due; returns how many withdrawals and reference removals were new. After
     * changes, only the revoked blocks of the projects that changed and of the issuances of the
     * pairs whose authorization changed (a pair confirmed, a withdrawal recorded) are read: a
     * revocation elsewhere was decided when it came.
     */
    @Transactional
    public Reversals reverse(Long job) {
        var scope = changes.scope(DecisionChanges.REVERSALS);
        if (scope.nothingToDecide()) {
            changes.decided(scope);
            return new Reversals(0, 0);
        }
        var byId = authorizations.byId();
        var standing = pairs.all();
        var revoked = scope.everything() ? blocks.revoked() : revokedWithin(scope, standing);
        var due = ReversalDecisions.withdrawals(standing, byId, revoked);
        int withdrawn = 0;
        for (ReversalDecisions.Withdraw w : due) {
            var national = nationalOf(w.pair(), byId);
            if (national.isEmpty()) {
                log.warn("ITMO {}..{} is due for withdrawal ({}) but its authorization {} is held from no national"
                        + " registry and several are configured: not enqueued", w.pair().pair().itmo().first(),
                        w.pair().pair().itmo().last(), w.cause(), w.pair().authorizationId());
            } else if (outbox.enqueue(entries.withdraw(national.get(), w, job))) {
                withdrawn++;
            }
        }
        var recorded = withdrawals.all().stream().filter(w -> scope.everything()
                || scope.authorizations().contains(w.authorizationId())).toList();
        var reversals = reversals(revoked, due, recorded);
        var referenced = new ArrayList<BlockRecord>();
        blocks.forEachOfIssuances(issuances(reversals), block -> {
            if (block.itmoReference() != null && reversals.stream().anyMatch(r -> r.concerns(block))) {
                referenced.add(block);
            }
        });
        int detached = 0;
        for (ReversalDecisions.Detach d : ReversalDecisions.detachments(referenced, reversals)) {
            if (outbox.enqueue(entries.detach(d.block().sourceRegistry(), d, job))) {
                detached++;
            }
        }
        changes.decided(scope);
        return new Reversals(withdrawn, detached);
    }

    /**
     * Where the pair is withdrawn: the national registry that published its authorization; a pair
     * whose authorization the gateway does not hold can only be the one national registry's.
     */
    private Optional<String> nationalOf(StoredPair pair, Map<String, AuthorizationRecord> byId) {
        var authorization = byId.get(pair.authorizationId());
        if (authorization != null) {
            return Optional.of(authorization.sourceRegistry());
        }
        return nationals.size() == 1 ? Optional.of(nationals.get(0)) : Optional.empty();
    }

    private List<BlockRecord> revokedWithin(DecisionScope scope, List<StoredPair> standing) {
        var revoked = new ArrayList<BlockRecord>();
        var seen = new HashSet<String>();
        java.util.function.Consumer<BlockRecord> keep = b -> {
            if (b.status() == BlockStatus.REVOKED && seen.add(b.sourceRegistry() + '\u0000' + b.blockId())) {
                revoked.add(b);
            }
        };
        blocks.ofProjects(AuthorizationsInScope.changedProjects(scope)).values().forEach(list -> list.forEach(keep));
        var issuances = standing.stream().filter(p -> scope.authorizations().contains(p.authorizationId()))
                .map(p -> new BlockStore.Issuance(p.pair().underlyingRegistry(), p.pair().issuance())).collect(Collectors.toSet());
        if (!issuances.isEmpty()) {
            blocks.forEachOfIssuances(issuances, keep);
        }
        return revoked;
    }

    /** Revoked blocks first (their own cause), then the withdrawals due, then those on record. */
    private static List<ReversalDecisions.Reversed> reversals(List<BlockRecord> revoked, List<ReversalDecisions.Withdraw> due,
                                                              List<Withdrawal> recorded) {
        var reversals = new ArrayList<ReversalDecisions.Reversed>();
        revoked.forEach(b -> reversals.add(new ReversalDecisions.Reversed(b.program(), b.issuanceId(), b.range(),
                ReversalDecisions.revokedAtRegistry(b))));
        due.forEach(w -> reversals.add(new ReversalDecisions.Reversed(w.pair().pair().underlyingRegistry(),
                w.pair().pair().issuance(), w.units(), w.cause())));
        recorded.forEach(w -> reversals.add(new ReversalDecisions.Reversed(w.part().underlyingRegistry(),
                w.part().issuance(), w.part().units(), w.cause())));
        return reversals;
    }

    private static Set<BlockStore.Issuance> issuances(List<ReversalDecisions.Reversed> reversals) {
        var issuances = new HashSet<BlockStore.Issuance>();
        reversals.forEach(r -> issuances.add(new BlockStore.Issuance(r.registry(), r.issuance())));
        return issuances;
    }

    /** How many withdrawals and reference removals a run enqueued. */
    public record Reversals(int withdrawals, int referencesRemoved) {
    }
}
