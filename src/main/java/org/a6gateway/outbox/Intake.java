package org.a6gateway.outbox;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Takes decided commands into the outbox, a list at a time: what the list meets in the outbox
 * (keys already used, commands not sent yet on the same subjects) is read once for the list, not
 * once per command, and each entry is then taken as if alone and in turn.
 */
@Component
class Intake {

    private static final Set<OutboxCommand.Status> NOT_SENT_YET = EnumSet.of(OutboxCommand.Status.PROPOSED,
            OutboxCommand.Status.PENDING, OutboxCommand.Status.DEAD);
    /** Values per IN list: well inside what H2 and PostgreSQL take in one statement. */
    private static final int PER_READ = 500;

    private record Subject(String registry, String operation, String subject) {
    }

    private final OutboxRows rows;
    private final EntityManager entityManager;
    private final ApprovalRules approvals;
    private final Clock clock;

    Intake(OutboxRows rows, EntityManager entityManager, ApprovalRules approvals, Clock clock) {
        this.rows = rows;
        this.entityManager = entityManager;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** The entries enqueued, in their order; in the caller's transaction. */
    List<OutboxEntry> enqueue(List<OutboxEntry> entries) {
        var usedKeys = usedKeys(entries);
        var waiting = waiting(entries);
        var now = clock.instant();
        var enqueued = new ArrayList<OutboxEntry>();
        var fresh = new ArrayList<OutboxCommand>();
        for (OutboxEntry entry : entries) {
            if (!usedKeys.add(entry.idempotencyKey()) || rejectedBefore(entry)) {
                continue;
            }
            var command = new OutboxCommand(entry, approvals.required(entry.kind()), now);
            // The same decision taken again on a newer version of its subject (another command changed
            // the block meanwhile) has a new key: the older one, pending or dead-lettered, must then never
            // be delivered as well, or a replay would send the same label twice.
            var older = waiting.put(new Subject(entry.registry(), entry.operation(), entry.subject()), new ArrayList<>(List.of(command)));
            if (older != null) {
                older.forEach(o -> o.supersededBy(entry.idempotencyKey()));
            }
            fresh.add(command);
            enqueued.add(entry);
        }
        // Inserted in their order (identity keys: the order commands are sent in), then let go: a job
        // enqueuing thousands in one transaction must not make every later query's auto-flush
        // dirty-check all of them.
        fresh.forEach(command -> entityManager.detach(rows.save(command)));
        return enqueued;
    }

    private Set<String> usedKeys(List<OutboxEntry> entries) {
        var used = new HashSet<String>();
        inReads(entries.stream().map(OutboxEntry::idempotencyKey).toList(), keys -> used.addAll(rows.keysAmong(keys)));
        return used;
    }

    /** The commands not sent yet on the entries' subjects, by registry, operation and subject. */
    private Map<Subject, List<OutboxCommand>> waiting(List<OutboxEntry> entries) {
        var subjectsByRegistry = new HashMap<String, Set<String>>();
        entries.forEach(e -> subjectsByRegistry.computeIfAbsent(e.registry(), r -> new TreeSet<>()).add(e.subject()));
        var waiting = new HashMap<Subject, List<OutboxCommand>>();
        subjectsByRegistry.forEach((registry, subjects) -> inReads(subjects, some ->
                rows.findByRegistryAndSubjectInAndStatusIn(registry, some, NOT_SENT_YET).forEach(c -> waiting.computeIfAbsent(
                        new Subject(c.registry(), c.operation(), c.subject()), s -> new ArrayList<>()).add(c))));
        return waiting;
    }

    private static void inReads(Collection<String> values, Consumer<List<String>> read) {
        var all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += PER_READ) {
            read.accept(all.subList(from, Math.min(all.size(), from + PER_READ)));
        }
    }

    /**
     * Whether an officer rejected this very decision (same command, same body) before: a rejection
     * stands while the decision does, whatever else changed on the block meanwhile; a decision
     * taken on other grounds (an amended authorization, other units) is proposed anew.
     */
    private boolean rejectedBefore(OutboxEntry entry) {
        return approvals.required(entry.kind()) && rows.existsByRegistryAndOperationAndSubjectAndPayloadAndStatus(entry.registry(),
                entry.operation(), entry.subject(), entry.payload(), OutboxCommand.Status.REJECTED);
    }
}
