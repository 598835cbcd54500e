package org.a6gateway.outbox;

/**
 * A command for a registry: the operation of its contract, the JSON body, and an idempotency key
 * derived from the decision itself, so deciding the same thing twice enqueues it once.
 * {@code before}: the state the decision was taken on, for the ledger; {@code kind}: what the
 * approval rules call it.
 */
public record OutboxEntry(String idempotencyKey, String registry, String operation, String subject, String payload,
                          String cause, Long jobExecutionId, String before, CommandKind kind) {

    /** A command of the kind its operation makes it. */
    public OutboxEntry(String idempotencyKey, String registry, String operation, String subject, String payload,
                       String cause, Long jobExecutionId, String before) {
        this(idempotencyKey, registry, operation, subject, payload, cause, jobExecutionId, before, CommandKind.of(operation));
    }
}
