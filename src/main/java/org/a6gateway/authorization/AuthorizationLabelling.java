package org.a6gateway.authorization;

import org.a6gateway.units.LabelVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.store.ReadAhead;
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
    /** Authorizations whose projects' blocks are loaded together. */
    private static final int AUTHORIZATIONS_PER_READ = 500;

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
        var batches = ReadAhead.batches(all, AUTHORIZATIONS_PER_READ);
        // One read for a batch's projects, not a query per project (and one per block for its labels),
        // the next batch's read while this one is decided: labelling writes no block.
        try (var reads = new ReadAhead<>("labels", batches.stream().map(this::blocksOf).toList())) {
            for (var batch : batches) {
                var read = reads.next();
                for (AuthorizationRecord authorization : batch) {
                    var covered = CoveredProjects.of(authorization).stream().flatMap(p -> read.getOrDefault(p, List.of()).stream()).toList();
                    result = result.plus(label(authorization, covered, jobExecutionId));
                }
            }
        }
        changes.decided(scope);
        return result;
    }

    private Supplier<Map<BlockStore.Project, List<BlockRecord>>> blocksOf(List<AuthorizationRecord> batch) {
        return () -> blocks.ofProjects(batch.stream().flatMap(a -> CoveredProjects.of(a).stream()).collect(Collectors.toSet()));
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
