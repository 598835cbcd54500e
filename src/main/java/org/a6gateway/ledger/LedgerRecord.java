package org.a6gateway.ledger;

import java.time.Instant;

/** One ledger event as auditors read it: what changed, why, and the hashes that chain it to the one before. */
public record LedgerRecord(long sequence, Instant occurredAt, String registry, String kind, String subject, String cause,
                           String before, String after, String previousHash, String hash) {
}
