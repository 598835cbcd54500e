package org.a6gateway.quarantine;

import java.time.Instant;

/**
 * One quarantined record: where it came from, why it was refused, its raw text (truncated), when
 * it was first and last seen and by which sync runs, and when a valid version of it arrived.
 */
public record QuarantineEntry(long id, String sourceRegistry, String recordId, QuarantineReason reason, String detail,
                              String raw, String page, Instant firstSeenAt, Instant lastSeenAt, Long firstRun,
                              Long lastRun, int timesSeen, Instant resolvedAt) {
}
