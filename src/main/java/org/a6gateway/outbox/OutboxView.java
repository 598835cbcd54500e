package org.a6gateway.outbox;

import java.time.Instant;

/** An outbox row as operators list it. */
public record OutboxView(long id, String idempotencyKey, String registry, String operation, String subject,
                         String cause, String status, int attempts, String lastError, Instant createdAt,
                         Instant deliveredAt) {
}
