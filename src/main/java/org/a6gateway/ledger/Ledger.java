package org.a6gateway.ledger;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The append-only, hash-chained record of every change the gateway made on a registry. */
@Service
public class Ledger {

    private static final String TAIL =
            "select sequence_no, hash from ledger_event order by sequence_no desc fetch first 1 rows only for update";

    private final LedgerEventRows rows;
    private final EntityManager entityManager;
    private final Clock clock;

    Ledger(LedgerEventRows rows, EntityManager entityManager, Clock clock) {
        this.rows = rows;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Appends in the caller's transaction, so the event stands or falls with the change it records. */
    @Transactional
    public long append(LedgerEntry entry) {
        return appendAll(List.of(entry));
    }

    /**
     * Appends the entries in their order, in the caller's transaction; returns the last one's
     * sequence number (that of the chain's tail when there are none). The tail is read once for
     * all of them, so their rows go to the database as one batch.
     */
    @Transactional
    public long appendAll(List<LedgerEntry> entries) {
        // One statement reads and locks the chain's tail, no entity loaded. A concurrent append waits for
        // this one; if it then reads the tail it waited on, its insert fails on the sequence's key:
        // the chain never forks.
        List<?> tail = entityManager.createNativeQuery(TAIL).getResultList();
        long sequence = 0;
        String previous = LedgerEvent.GENESIS;
        if (!tail.isEmpty()) {
            var row = (Object[]) tail.get(0);
            sequence = ((Number) row[0]).longValue();
            previous = (String) row[1];
        }
        var now = clock.instant();
        for (LedgerEntry entry : entries) {
            // persist, not save: the sequence is assigned here, and save would merge (a SELECT first) every time
            var event = new LedgerEvent(++sequence, now, entry, previous);
            entityManager.persist(event);
            previous = event.hash();
        }
        return sequence;
    }

    /** Up to {@code limit} events after the one numbered {@code sequence} (0: from the first), in order. */
    @Transactional(readOnly = true)
    public List<LedgerRecord> after(long sequence, int limit) {
        return rows.findBySequenceGreaterThanOrderBySequence(sequence, Limit.of(limit)).stream().map(LedgerEvent::toRecord).toList();
    }

    /** As {@link #after(long, int)}, only the events whose subject starts with {@code subject} (a block's units, an ITMO pair). */
    @Transactional(readOnly = true)
    public List<LedgerRecord> after(long sequence, int limit, String subject) {
        return rows.findBySubjectStartingWithAndSequenceGreaterThanOrderBySequence(subject, sequence, Limit.of(limit)).stream()
                .map(LedgerEvent::toRecord).toList();
    }

    /** The subjects of every event of this kind at this registry (what the gateway once did there). */
    @Transactional(readOnly = true)
    public Set<String> subjects(String registry, String kind) {
        return Set.copyOf(rows.subjects(registry, kind));
    }

    public long count() {
        return rows.count();
    }

    /** Walks the chain from the first event: every hash must match its row and link to the one before. */
    @Transactional(readOnly = true)
    public LedgerVerification verify() {
        var state = new Object() {
            long seen;
            String previous = LedgerEvent.GENESIS;
            LedgerVerification broken;
        };
        try (var events = rows.streamInOrder()) {
            events.forEachOrdered(e -> {
                if (state.broken != null) {
                    return;
                }
                state.seen++;
                if (e.sequence() != state.seen) {
                    state.broken = new LedgerVerification(state.seen, e.sequence(), "sequence " + state.seen + " is missing");
                } else if (!e.previousHash().equals(state.previous)) {
                    state.broken = new LedgerVerification(state.seen, e.sequence(), "does not link to the event before it");
                } else if (!e.hash().equals(e.computeHash())) {
                    state.broken = new LedgerVerification(state.seen, e.sequence(), "its content was changed after it was recorded");
                }
                state.previous = e.hash();
            });
        }
        return state.broken != null ? state.broken : new LedgerVerification(state.seen, null, null);
    }
}
