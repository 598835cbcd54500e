package org.a6gateway.outbox;

/** A command ready to push, with its key for the registry's idempotency contract. */
public record PendingCommand(long id, String idempotencyKey, String registry, String operation, String subject,
                             String payload, String cause, int attempts) {
}
