package org.a6gateway.feeds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What the routes retried since it was last drained, per registry and phase: attempts repeated,
 * and the pages (ingest) or commands (push) they were repeated for. A sync step drains it into
 * its run, so the summary of a faulty run says what it took to get through.
 */
@Component
public class RetryLog {

    public static final String INGEST = "ingest";
    public static final String PUSH = "push";

    private final Map<String, Map<String, Counts>> byRegistry = new HashMap<>();

    public synchronized void retried(String registry, String phase, String item) {
        byRegistry.computeIfAbsent(registry, r -> new HashMap<>()).computeIfAbsent(phase, p -> new Counts()).add(item);
    }

    /** What was retried since the last drain; the log starts again empty. */
    public synchronized Map<String, Map<String, RetryTally>> drain() {
        var tallies = new TreeMap<String, Map<String, RetryTally>>();
        byRegistry.forEach((registry, phases) -> phases.forEach((phase, counts) ->
                tallies.computeIfAbsent(registry, r -> new TreeMap<>()).put(phase, counts.tally(phase))));
        byRegistry.clear();
        return tallies;
    }

    /** What was retried at one registry since its last drain; the log keeps the others'. */
    public synchronized Map<String, Map<String, RetryTally>> drain(String registry) {
        var tallies = new TreeMap<String, Map<String, RetryTally>>();
        var phases = byRegistry.remove(registry);
        if (phases != null) {
            phases.forEach((phase, counts) -> tallies.computeIfAbsent(registry, r -> new TreeMap<>()).put(phase, counts.tally(phase)));
        }
        return tallies;
    }

    private static final class Counts {
        int retries;
        final Set<String> items = new HashSet<>();

        void add(String item) {
            retries++;
            items.add(item);
        }

        RetryTally tally(String phase) {
            return INGEST.equals(phase) ? new RetryTally(retries, items.size(), null)
                    : new RetryTally(retries, null, items.size());
        }
    }
}
