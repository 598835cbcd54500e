package org.a6gateway.reconciliation;

import java.time.Instant;
import java.util.Map;

/**
 * One reconciliation: {@code found} discrepancies now ({@code byType}, every type present with
 * zero where none), of which {@code newCount} were not in the run before; {@code resolved} were
 * in the run before and are gone.
 */
public record ReconciliationRun(long id, Long jobExecutionId, Instant startedAt, Instant finishedAt, int found,
                                int newCount, int persisting, int resolved, Map<String, Long> byType) {
}
