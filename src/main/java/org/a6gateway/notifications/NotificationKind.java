package org.a6gateway.notifications;

/** What a subscription may ask to hear of. */
public enum NotificationKind {
    /** A sync run failed: nothing after its failing step was decided or sent. */
    RUN_FAILED,
    /** A sync run completed without reading every registry: the one set aside waits for the next run. */
    RUN_INCOMPLETE,
    /** The run's reconciliation found CRITICAL discrepancies it had not found before: a tonne may be claimed twice. */
    CRITICAL_DISCREPANCIES,
    /** The run proposed commands that wait for a GOVERNMENT user's approval. */
    APPROVALS_WAITING,
    /** The run dead-lettered commands: a registry refused them or retries ran out. */
    DEAD_LETTERS
}
