package org.a6gateway.reconciliation;

/** Which discrepancies of a run to list; a null field does not filter. Without a change, the resolved ones are left out. */
public record DiscrepancyFilter(DiscrepancyType type, Severity severity, String registry, Change change) {

    public static DiscrepancyFilter current() {
        return new DiscrepancyFilter(null, null, null, null);
    }
}
