package org.a6gateway.authorization;

import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the label rules over every stored authorization and writes the commands into the outbox,
 * in one transaction with the decisions. Never calls a registry.
 */
@Service
public class AuthorizationLabelling {

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final Outbox outbox;
    private final LabelOutbox labelOutbox;
    private final LabelDecisions decisions = new LabelDecisions(LabelVocabulary::ofProgram);

    AuthorizationLabelling(AuthorizationStore authorizations, BlockStore blocks, Outbox outbox, LabelOutbox labelOutbox) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.outbox = outbox;
        this.labelOutbox = labelOutbox;
    }

    /** Decides labels for every authorization; returns how many apply and remove commands were enqueued. */
    @Transactional
    public LabellingResult run(String sourceRegistry, Long jobExecutionId) {
        int applied = 0;
        int removed = 0;
        for (AuthorizationRecord authorization : authorizations.all()) {
            var covered = authorization.coveredActivities().stream()
                    .flatMap(a -> blocks.ofProject(a.registry(), a.projectId(), a.hostCountry()).stream()).toList();
            for (LabelCommand command : decisions.decide(authorization, covered)) {
                if (outbox.enqueue(labelOutbox.entry(sourceRegistry, command, covered,
                        "authorization " + command.authorizationId() + " v" + command.authorizationVersion(),
                        jobExecutionId))) {
                    if (command.action() == LabelCommand.Action.APPLY) {
                        applied++;
                    } else {
                        removed++;
                    }
                }
            }
        }
        return new LabellingResult(applied, removed);
    }

    public record LabellingResult(int applied, int removed) {
    }
}
