package org.a6gateway.outbox;

import java.time.Instant;

/** A command not yet carried out, with its body and when it was decided. */
public record OpenCommand(long id, String registry, String operation, String subject, String payload, String cause,
                          Instant createdAt) {
}
