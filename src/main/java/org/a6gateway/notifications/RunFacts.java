package org.a6gateway.notifications;

import java.math.BigDecimal;
import java.util.List;
import org.a6gateway.sync.SyncRun;

/**
 * What is known of a run once it ended, beyond its summary: the CRITICAL discrepancies its
 * reconciliation found for the first time (the first few, and how many in all) and the commands it
 * proposed that still wait for a decision.
 */
public record RunFacts(SyncRun run, List<Finding> newCritical, long newCriticalTotal, long proposedByRun,
                       long awaitingApproval) {

    public RunFacts {
        newCritical = List.copyOf(newCritical);
    }

    /** A discrepancy as a notification names it: where and what, never who holds the units. */
    public record Finding(String key, String type, String registry, String issuance, String units, BigDecimal tonnes) {
    }
}
