package org.a6gateway.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dry run found: the run it made on copies ({@code runId}, its status and failure), every
 * command that run would send, counted per registry and operation, and what it could not copy.
 */
public record DryRunReport(long runId, String status, String failure, int total, Map<String, Map<String, Integer>> byRegistry,
                           List<Command> commands, Map<String, String> notSimulated) {

    /**
     * One command the run would send, with the state it would end in: WOULD_SEND when the copy
     * accepted it, PROPOSED when an officer must approve it first, DEAD when the copy refused it.
     */
    public record Command(String registry, String operation, String kind, String subject, JsonNode payload, String state) {
    }

    static DryRunReport of(long runId, String status, String failure, List<Command> commands, Map<String, String> notSimulated) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        commands.forEach(c -> counts.computeIfAbsent(c.registry(), r -> new TreeMap<>()).merge(c.operation(), 1, Integer::sum));
        return new DryRunReport(runId, status, failure, commands.size(), counts, List.copyOf(commands), notSimulated);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
