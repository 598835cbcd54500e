package org.a6gateway.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.PendingCommand;
import org.springframework.stereotype.Component;

/**
 * Which of a read-only registry's open label requests its data, as last read, shows carried out:
 * a label to apply that every block of the registry holding the units carries, a label to remove
 * that none of them carries any more. ITMO references are not published by the public APIs: their
 * requests are never seen done.
 */
@Component
public class SeenDone {

    private final RegistryHoldings holdings;
    private final ObjectMapper json;

    SeenDone(RegistryHoldings holdings, ObjectMapper json) {
        this.holdings = holdings;
        this.json = json;
    }

    /** The requests seen done, by command id, with what was seen. */
    public Map<Long, String> of(String registry, List<PendingCommand> open) {
        var done = new LinkedHashMap<Long, String>();
        for (PendingCommand command : open) {
            boolean apply = Operations.APPLY_LABEL.equals(command.operation());
            if (!apply && !Operations.REMOVE_LABEL.equals(command.operation())) {
                continue;
            }
            var c = label(command);
            if (c == null) {
                continue;
            }
            var holding = holdings.holding(registry, c.program(), c.issuanceId(), c.range());
            boolean seen = !holding.isEmpty() && holding.stream().allMatch(block -> block.labels().stream()
                    .anyMatch(label -> c.code().name().equals(label.code())) == apply);
            if (seen) {
                done.put(command.id(), "seen " + (apply ? "applied" : "removed") + " at " + registry + ": '" + c.text()
                        + "' on " + holding.stream().map(BlockRecord::blockId).toList());
            }
        }
        return done;
    }

    private LabelCommand label(PendingCommand command) {
        try {
            return json.readValue(command.payload(), LabelCommand.class);
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }
}
