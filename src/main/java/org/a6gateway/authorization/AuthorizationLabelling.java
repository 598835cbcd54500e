package org.a6gateway.authorization;

import org.a6gateway.units.LabelVocabulary;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the label rules over the stored authorizations and writes the commands into the outbox, in
 * one transaction with the decisions. Never calls a registry.
 */
@Service
public class AuthorizationLabelling {

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final Outbox outbox;
    private final LabelOutbox labelOutbox;
    private final DecisionChanges changes;

    private final LabelDecisions decisions = new LabelDecisions(LabelVocabulary::ofProgram);

    AuthorizationLabelling(AuthorizationStore authorizations, BlockStore blocks, Outbox outbox, LabelOutbox labelOutbox,
                           DecisionChanges changes) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.outbox = outbox;
        this.labelOutbox = labelOutbox;
        this.changes = changes;
    }

    /**
     * Decides labels for every authorization the changes since the last run can concern (all, the
     * first time); returns how many apply and remove commands were enqueued.
     */
    @Transactional
    public LabellingResult run(Long jobExecutionId) {
        var scope = changes.scope(DecisionChanges.LABELS);
        if (scope.nothingToDecide()) {
            changes.decided(scope);
            return new LabellingResult(0, 0);
        }
        var all = AuthorizationsInScope.of(scope, authorizations.all());
        var result = new LabellingResult(0, 0);
        var batches = CoveredBlocks.batches(all);
        try (var covered = new CoveredBlocks(blocks, "labels", batches)) {
            for (var batch : batches) {
                covered.next();
                for (AuthorizationRecord authorization : batch) {
                    result = result.plus(label(authorization, covered.of(authorization), jobExecutionId));
                }
            }
        }
        changes.decided(scope);
        return result;
    }

    private LabellingResult label(AuthorizationRecord authorization, List<BlockRecord> covered, Long jobExecutionId) {
        var entries = new ArrayList<OutboxEntry>();
        for (LabelCommand command : decisions.decide(authorization, covered)) {
            entries.addAll(labelOutbox.entries(command, covered,
                    "authorization " + command.authorizationId() + " v" + command.authorizationVersion(), jobExecutionId));
        }
        var enqueued = outbox.enqueueAll(entries);
        int applied = (int) enqueued.stream().filter(e -> e.operation().equals(Operations.APPLY_LABEL)).count();
        return new LabellingResult(applied, enqueued.size() - applied);
    }

    public record LabellingResult(int applied, int removed) {

        LabellingResult plus(LabellingResult other) {
            return new LabellingResult(applied + other.applied, removed + other.removed);
        }
    }
}
