package org.a6gateway.reconciliation;

/** How much a discrepancy matters, worst first. */
public enum Severity {
    /** A tonne may be claimed twice, or a label says more than the government decided. */
    CRITICAL,
    /** A report built now would be wrong, or a change the gateway made did not hold. */
    HIGH,
    /** The registries describe the same units differently; no claim is at risk yet. */
    MEDIUM
}
