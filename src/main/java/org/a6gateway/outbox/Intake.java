package org.a6gateway.outbox;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.a6gateway.store.AnyOf;
import org.springframework.stereotype.Component;

/**
 * Takes decided commands into the outbox, a list at a time: what the list meets in the outbox
 * (keys already used, commands on the same subjects not sent yet or rejected) is read once for
 * the list, not once per command, and each entry is then taken as if alone and in turn.
 */
@Component
class Intake {

    private static final Set<OutboxCommand.Status> NOT_SENT_YET = EnumSet.of(OutboxCommand.Status.PROPOSED,
            OutboxCommand.Status.PENDING, OutboxCommand.Status.DEAD);
    /** What the intake reads on a list's subjects: the commands not sent yet and the rejected ones. */
    private static final Set<OutboxCommand.Status> ON_SUBJECTS = union(NOT_SENT_YET, OutboxCommand.Status.REJECTED);

    private record Subject(String registry, String operation, String subject) {
    }

    /** A decision as an officer rejected it: the same command with the same body. */
    private record Decision(Subject subject, String payload) {
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
        var waiting = new HashMap<Subject, List<OutboxCommand>>();
        var rejected = new HashSet<Decision>();
        readSubjects(entries, waiting, rejected);
        var now = clock.instant();
        var enqueued = new ArrayList<OutboxEntry>();
        var fresh = new ArrayList<OutboxCommand>();
        for (OutboxEntry entry : entries) {
            var subject = new Subject(entry.registry(), entry.operation(), entry.subject());
            // A rejection stands while the decision does, whatever else changed on the block meanwhile;
            // a decision taken on other grounds (an amended authorization, other units) is proposed anew.
            boolean needsApproval = approvals.required(entry.kind());
            boolean rejectedBefore = needsApproval && rejected.contains(new Decision(subject, entry.payload()));
            // rejected first: a rejected entry takes no key, so a later one under that key is taken as if alone
            if (rejectedBefore || !usedKeys.add(entry.idempotencyKey())) {
                continue;
            }
            var command = new OutboxCommand(entry, needsApproval, now);
            // The same decision taken again on a newer version of its subject (another command changed
            // the block meanwhile) has a new key: the older one, pending or dead-lettered, must then never
            // be delivered as well, or a replay would send the same label twice.
            var older = waiting.put(subject, new ArrayList<>(List.of(command)));
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

    private static Set<OutboxCommand.Status> union(Set<OutboxCommand.Status> statuses, OutboxCommand.Status more) {
        var all = EnumSet.copyOf(statuses);
        all.add(more);
        return all;
    }

    private Set<String> usedKeys(List<OutboxEntry> entries) {
        var used = new HashSet<String>();
        AnyOf.inParts(entries.stream().map(OutboxEntry::idempotencyKey).toList(), keys -> used.addAll(rows.keysAmong(keys)));
        return used;
    }

    /** The commands on the entries' subjects: those not sent yet by subject, the rejected decisions. */
    private void readSubjects(List<OutboxEntry> entries, Map<Subject, List<OutboxCommand>> waiting, Set<Decision> rejected) {
        var subjectsByRegistry = new HashMap<String, Set<String>>();
        entries.forEach(e -> subjectsByRegistry.computeIfAbsent(e.registry(), r -> new TreeSet<>()).add(e.subject()));
        subjectsByRegistry.forEach((registry, subjects) -> AnyOf.inParts(List.copyOf(subjects), some ->
                rows.findByRegistryAndSubjectInAndStatusIn(registry, some, ON_SUBJECTS).forEach(c -> {
                    var subject = new Subject(c.registry(), c.operation(), c.subject());
                    if (NOT_SENT_YET.contains(c.status())) {
                        waiting.computeIfAbsent(subject, s -> new ArrayList<>()).add(c);
                    } else {
                        rejected.add(new Decision(subject, c.payload()));
                    }
                })));
    }
}
