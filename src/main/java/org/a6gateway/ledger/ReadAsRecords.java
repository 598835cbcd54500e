package org.a6gateway.ledger;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;

/**
 * Rows read only to be handed out as records. Left managed, a read-write transaction that read
 * them (a step reading every ITMO pair, action and adjustment) dirty-checks each of them at every
 * flush until it ends: 75,000 entities, field by field, before each JPA query of a million-block
 * store's reconciliation. Detached once mapped; the query that read them flushed any pending
 * change to their table first (Hibernate's AUTO flush), so nothing unwritten is let go.
 */
public final class ReadAsRecords {

    private ReadAsRecords() {
    }

    public static <E, R> List<R> of(EntityManager entityManager, List<E> rows, Function<E, R> toRecord) {
        var records = rows.stream().map(toRecord).toList();
        rows.forEach(entityManager::detach);
        return records;
    }
}
