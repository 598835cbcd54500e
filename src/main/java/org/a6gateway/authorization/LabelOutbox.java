package org.a6gateway.authorization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeMap;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.outbox.CommandKind;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.units.LabelCode;
import org.springframework.stereotype.Component;

/**
 * Turns a label command on stored blocks into the outbox entries that push it: one to each private
 * registry holding the command's units. A registry applies a range write to every block of its
 * own holding the range; units another registry holds too (moved there, or issued twice) get the
 * command there as well, so that every registry holding them shows the decision.
 */
@Component
public class LabelOutbox {

    private final ObjectMapper json;

    LabelOutbox(ObjectMapper json) {
        this.json = json;
    }

    /**
     * {@code blocks}: the stored blocks the command was decided on; at least one of them holds its
     * range. {@code cause}: what decided it (the job adds its execution id). In registry order.
     */
    public List<OutboxEntry> entries(LabelCommand command, List<BlockRecord> blocks, String cause, Long jobExecutionId) {
        var holding = new TreeMap<String, BlockRecord>();
        blocks.stream().filter(b -> b.program().equals(command.program())
                        && b.issuanceId().equals(command.issuanceId()) && b.range().contains(command.range()))
                .forEach(b -> holding.putIfAbsent(b.sourceRegistry(), b));
        if (holding.isEmpty()) {
            throw new IllegalStateException("no stored block holds " + command.range() + " of " + command.program()
                    + " issuance " + command.issuanceId());
        }
        return holding.values().stream().map(block -> entry(command, block, cause, jobExecutionId)).toList();
    }

    private OutboxEntry entry(LabelCommand command, BlockRecord block, String cause, Long jobExecutionId) {
        String subject = command.program() + " " + command.issuanceId() + " " + command.range() + " " + command.code();
        String fullCause = cause + (jobExecutionId == null ? "" : ", job execution " + jobExecutionId);
        String operation = command.action() == LabelCommand.Action.APPLY ? Operations.APPLY_LABEL : Operations.REMOVE_LABEL;
        // the adjustment's label applied is a statement the government makes: the approval rules name it apart
        var kind = command.action() == LabelCommand.Action.APPLY && command.code() == LabelCode.A6_CORRESPONDINGLY_ADJUSTED
                ? CommandKind.CA_FLAG : CommandKind.LABEL;
        return new OutboxEntry(key(operation, subject, command, block), block.sourceRegistry(), operation, subject, write(command),
                fullCause, jobExecutionId, block.blockId() + " v" + block.sourceVersion() + " " + block.blockStart() + "-"
                + block.blockEnd() + " labels " + block.labels().stream().map(l -> l.code()).sorted().toList(), kind);
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
}
