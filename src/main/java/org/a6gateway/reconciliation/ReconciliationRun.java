package org.a6gateway.reconciliation;

import java.time.Instant;
import java.util.Map;

/**
 * One reconciliation: {@code found} discrepancies now ({@code byType}, every type present with
 * zero where none), of which {@code newCount} were not in the run before; {@code resolved} were
 * in the run before and are gone. {@code scopesCompared} is how many scopes (issuances, or registries
 * numbering across them) a sync's run compared again; null when the run compared everything.
 */
public record ReconciliationRun(long id, Long jobExecutionId, Instant startedAt, Instant finishedAt, int found,
                                int newCount, int persisting, int resolved, Map<String, Long> byType, Integer scopesCompared) {
}
