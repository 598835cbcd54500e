package org.a6gateway.itmo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationsInScope;
import org.a6gateway.authorization.CoveredBlocks;
import org.a6gateway.authorization.LabelOutbox;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corresponding-adjustments job's work: for every adjustment the national registry reported,
 * enqueue the "correspondingly adjusted" labels its checked units get, and record the rest as held
 * back. Never calls a registry.
 */
@Service
public class AdjustmentFlags {

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final NationalRecords national;
    private final ItmoPairs pairs;
    private final HeldBackRecords heldBack;
    private final Outbox outbox;
    private final LabelOutbox labelOutbox;
    private final DecisionChanges changes;
    private final AdjustmentDecisions decisions = new AdjustmentDecisions(LabelVocabulary::ofProgram);

    AdjustmentFlags(AuthorizationStore authorizations, BlockStore blocks, NationalRecords national, ItmoPairs pairs,
                    HeldBackRecords heldBack, Outbox outbox, LabelOutbox labelOutbox, DecisionChanges changes) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.national = national;
        this.pairs = pairs;
        this.heldBack = heldBack;
        this.outbox = outbox;
        this.labelOutbox = labelOutbox;
        this.changes = changes;
    }

    /**
     * Decides the adjustments the changes since the last run concern (all, the first time); returns
     * how many CA label commands were enqueued.
     */
    @Transactional
    public int flag(Long job) {
        var scope = changes.scope(DecisionChanges.ADJUSTMENTS);
        if (scope.nothingToDecide()) {
            changes.decided(scope);
            return 0;
        }
        var byId = authorizations.byId();
        var stored = PairsBySeries.of(pairs.all());
        var held = heldBack.settling(HeldBack.Kind.CA_FLAG, scope.everything());
        int enqueued = 0;
        var reports = inScope(scope, national.adjustments(), stored, byId);
        var batches = CoveredBlocks.batches(reports);
        var named = batches.stream().map(batch -> batch.stream().flatMap(r -> stored.authorizationsNamedBy(r).stream())
                .distinct().map(byId::get).filter(Objects::nonNull).toList()).toList();
        try (var covered = new CoveredBlocks(blocks, "adjustment-flags", named)) {
            for (var batch : batches) {
                covered.next();
                for (CorrespondingAdjustment report : batch) {
                    enqueued += flag(report, stored, byId, covered, held, job);
                }
            }
        }
        if (scope.everything()) {
            held.finish();
        } else {
            held.finishForSubjects(reports.stream().map(CorrespondingAdjustment::subject).toList());
        }
        changes.decided(scope);
        return enqueued;
    }

    /**
     * The reports a scope of changes concerns: those new, those naming pairs of an authorization in
     * scope, and those naming no pair at all (held back whole, cheap to state again: a pair may
     * have come).
     */
    private static List<CorrespondingAdjustment> inScope(DecisionScope scope, List<CorrespondingAdjustment> reports,
                                                         PairsBySeries stored, Map<String, AuthorizationRecord> byId) {
        if (scope.everything()) {
            return reports;
        }
        var ids = AuthorizationsInScope.of(scope, List.copyOf(byId.values())).stream()
                .map(AuthorizationRecord::authorizationId).collect(Collectors.toSet());
        return reports.stream().filter(r -> {
            var named = stored.authorizationsNamedBy(r);
            return scope.adjustments().contains(r.adjustmentId()) || named.isEmpty() || named.stream().anyMatch(ids::contains);
        }).toList();
    }

    private int flag(CorrespondingAdjustment report, PairsBySeries stored, Map<String, AuthorizationRecord> byId,
                     CoveredBlocks covered, HeldBackSettlement held, Long job) {
        var decided = decisions.decide(report, stored, byId, covered::of);
        held.add(decided.heldBack());
        int enqueued = 0;
        for (LabelCommand command : decided.labels()) {
            String cause = "corresponding adjustment " + report.adjustmentId() + " (BTR " + report.btrYear()
                    + ", " + report.party() + "), authorization " + command.authorizationId();
            for (var entry : labelOutbox.entries(command,
                    blocks.overlapping(new BlockQuery(command.program(), command.issuanceId(), command.range().start(), command.range().end())), cause, job)) {
                if (outbox.enqueue(entry)) {
                    enqueued++;
                }
            }
        }
        return enqueued;
    }
}
