package org.a6gateway.dryrun;

import java.time.Instant;
import java.util.Map;

/**
 * A dry run asked for through the API: RUNNING, then COMPLETED with the commands the sync would
 * send, or FAILED with why (the copies could not be made, or the sync on them failed).
 */
public record DryRunView(long id, String requestedBy, Instant startedAt, Instant endedAt, String status, String failure,
                         Integer total, Map<String, Map<String, Integer>> byRegistry, Map<String, String> notSimulated) {

    static final String RUNNING = "RUNNING";

    boolean running() {
        return RUNNING.equals(status);
    }

    DryRunView withCounts(Map<String, Map<String, Integer>> counts) {
        return new DryRunView(id, requestedBy, startedAt, endedAt, status, failure, total, counts, notSimulated);
    }

    DryRunView failed(String why) {
        return new DryRunView(id, requestedBy, startedAt, null, "FAILED", why, total, byRegistry, notSimulated);
    }
}
