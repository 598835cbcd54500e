package org.a6gateway.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.Outbox;
import org.a6gateway.ledger.OutboxEntry;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the label rules over every stored authorization and writes the commands into the outbox,
 * in one transaction with the decisions. Never calls a registry.
 */
@Service
public class AuthorizationLabelling {

    public static final String OPERATION_APPLY = "applyLabel";
    public static final String OPERATION_REMOVE = "removeLabel";

    private final AuthorizationStore authorizations;
    private final BlockStore blocks;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final LabelDecisions decisions = new LabelDecisions(LabelVocabulary::ofProgram);

    AuthorizationLabelling(AuthorizationStore authorizations, BlockStore blocks, Outbox outbox, ObjectMapper json) {
        this.authorizations = authorizations;
        this.blocks = blocks;
        this.outbox = outbox;
        this.json = json;
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
                if (outbox.enqueue(entry(sourceRegistry, command, covered, jobExecutionId))) {
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

    private OutboxEntry entry(String registry, LabelCommand command, List<BlockRecord> covered, Long jobExecutionId) {
        var block = covered.stream().filter(b -> b.issuanceId().equals(command.issuanceId())
                && SerialRange.of(b.blockStart(), b.blockEnd()).contains(command.range())).findFirst().orElseThrow();
        String subject = command.program() + " " + command.issuanceId() + " " + command.range() + " " + command.code();
        String cause = "authorization " + command.authorizationId() + " v" + command.authorizationVersion()
                + (jobExecutionId == null ? "" : ", job execution " + jobExecutionId);
        String operation = command.action() == LabelCommand.Action.APPLY ? OPERATION_APPLY : OPERATION_REMOVE;
        return new OutboxEntry(key(operation, subject, command, block), registry, operation, subject, write(command),
                cause, jobExecutionId);
    }

    /**
     * The same decision on the same version of the block gives the same key, so a re-run or a
     * restarted job enqueues nothing twice; once the registry changed the block, a new decision is new.
     */
    private static String key(String operation, String subject, LabelCommand command, BlockRecord block) {
        String content = String.join("|", operation, subject, command.authorizationId(),
                Integer.toString(command.authorizationVersion()), block.blockId(), Long.toString(block.sourceVersion()));
        return "a6-" + Sha256.hex(content).substring(0, 48);
    }

    private String write(LabelCommand command) {
        try {
            return json.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write label command", e);
        }
    }

    public record LabellingResult(int applied, int removed) {
    }
}
