package org.a6gateway.reconciliation;

/** A discrepancy compared with the run before: found for the first time, found again, or gone. */
public enum Change {
    NEW, PERSISTING, RESOLVED
}
