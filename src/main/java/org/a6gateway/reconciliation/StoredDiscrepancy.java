package org.a6gateway.reconciliation;

/**
 * A discrepancy as a reconciliation run kept it: its key (the same disagreement keeps its key from
 * run to run), how it compares with the run before, and the run that first found it.
 */
public record StoredDiscrepancy(String key, long runId, Change change, long firstSeenRun, Discrepancy discrepancy) {

    public StoredDiscrepancy withoutPersonalData() {
        return new StoredDiscrepancy(key, runId, change, firstSeenRun, discrepancy.withoutPersonalData());
    }
}
