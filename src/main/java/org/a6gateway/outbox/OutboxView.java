package org.a6gateway.outbox;

import java.time.Instant;

/** An outbox row as operators list it; {@code decidedBy}, {@code decidedAt} and {@code decisionComment} for one a person approved or rejected. */
public record OutboxView(long id, String idempotencyKey, String registry, String operation, String subject,
                         String cause, String status, int attempts, String lastError, Instant createdAt,
                         Instant deliveredAt, String kind, String decidedBy, Instant decidedAt, String decisionComment) {
}
