package org.a6gateway.outbox;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.EnumSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.a6gateway.jobs.TransitionRefused;
import org.a6gateway.ledger.Ledger;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands between the jobs that decide them and the routes that push them. A delivered command
 * becomes a ledger event in the same transaction; one that keeps failing is dead-lettered, and
 * an operator can replay it.
 */
@Service
public class Outbox {

    private final OutboxRows rows;
    private final Ledger ledger;
    private final Clock clock;
    private final EntityManager entityManager;

    Outbox(OutboxRows rows, Ledger ledger, Clock clock, EntityManager entityManager) {
        this.rows = rows;
        this.ledger = ledger;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Enqueues in the caller's transaction; a command already enqueued (same key) is not enqueued again. */
    @Transactional
    public boolean enqueue(OutboxEntry entry) {
        if (rows.existsByIdempotencyKey(entry.idempotencyKey())) {
            return false;
        }
        // The same decision taken again on a newer version of its subject (another command changed
        // the block meanwhile) has a new key: the older one, pending or dead-lettered, must then never
        // be delivered as well, or a replay would send the same label twice.
        rows.findByRegistryAndOperationAndSubjectAndStatusIn(entry.registry(), entry.operation(), entry.subject(),
                EnumSet.of(OutboxCommand.Status.PENDING, OutboxCommand.Status.DEAD))
                .forEach(older -> older.supersededBy(entry.idempotencyKey()));
        // Inserted at once (identity key), then let go: a job enqueuing thousands in one transaction
        // must not make every later query's auto-flush dirty-check all of them.
        entityManager.detach(rows.save(new OutboxCommand(entry, clock.instant())));
        return true;
    }

    @Transactional(readOnly = true)
    public List<PendingCommand> pending(String registry, int limit) {
        return rows.findByRegistryAndStatusOrderById(registry, OutboxCommand.Status.PENDING, Limit.of(limit))
                .stream().map(OutboxCommand::toPending).toList();
    }

    /** The registry's pending commands, oldest first, with their bodies and when they were decided. */
    @Transactional(readOnly = true)
    public List<OpenCommand> open(String registry) {
        return rows.findByRegistryAndStatusOrderById(registry, OutboxCommand.Status.PENDING, Limit.unlimited())
                .stream().map(OutboxCommand::toOpen).toList();
    }

    /** When the registry's oldest pending command was decided; empty when none is pending. */
    @Transactional(readOnly = true)
    public Optional<Instant> oldestPending(String registry) {
        return rows.findFirstByRegistryAndStatusOrderById(registry, OutboxCommand.Status.PENDING)
                .map(command -> command.toOpen().createdAt());
    }

    /** The registry acknowledged the command: it is done, and the ledger says so. */
    @Transactional
    public void delivered(long id, String registryAnswer) {
        var command = rows.findById(id).orElseThrow();
        ledger.append(command.delivered(clock.instant(), registryAnswer));
    }

    @Transactional
    public void failed(long id, String error, boolean dead) {
        rows.findById(id).orElseThrow().failed(error, dead);
    }

    /** Puts dead-lettered commands back in line; returns how many. */
    @Transactional
    public int replayDeadLetters() {
        return (int) rows.findByStatusInOrderById(EnumSet.of(OutboxCommand.Status.DEAD)).stream()
                .filter(OutboxCommand::replay).count();
    }

    /** Puts one dead-lettered command back in line; empty when there is no such command. */
    @Transactional
    public Optional<OutboxView> replayDeadLetter(long id) {
        return rows.findById(id).map(command -> {
            if (!command.replay()) {
                throw new TransitionRefused("command " + id + " is " + command.toView().status() + ", not dead-lettered: "
                        + "only a dead letter is replayed");
            }
            return command.toView();
        });
    }

    /** Puts a registry's dead-lettered commands back in line; returns how many. */
    @Transactional
    public int replayDeadLetters(String registry) {
        return (int) rows.findByRegistryAndStatusOrderById(registry, OutboxCommand.Status.DEAD).stream()
                .filter(OutboxCommand::replay).count();
    }

    /**
     * One page of the commands for a registry in a state (either may be null: any), oldest first.
     * {@code state} is PENDING, DELIVERED or DEAD.
     */
    @Transactional(readOnly = true)
    public Page<OutboxView> page(String registry, String state, int page, int size) {
        var status = state == null ? null : OutboxCommand.Status.valueOf(state);
        return rows.findByRegistryAndStatus(registry, status, PageRequest.of(page, size, Sort.by("id"))).map(OutboxCommand::toView);
    }

    @Transactional(readOnly = true)
    public List<OutboxView> list(boolean deadOnly) {
        var statuses = deadOnly ? EnumSet.of(OutboxCommand.Status.DEAD) : EnumSet.allOf(OutboxCommand.Status.class);
        return rows.findByStatusInOrderById(statuses).stream().map(OutboxCommand::toView).toList();
    }

    /** The commands the registries acknowledged, in the order they were decided: what the ledger records as done. */
    @Transactional(readOnly = true)
    public List<DeliveredCommand> delivered() {
        return rows.findByStatusInOrderById(EnumSet.of(OutboxCommand.Status.DELIVERED)).stream()
                .map(OutboxCommand::toDelivered).toList();
    }

    public long pendingCount() {
        return rows.countByStatus(OutboxCommand.Status.PENDING);
    }

    public long pendingCount(String registry) {
        return rows.countByRegistryAndStatus(registry, OutboxCommand.Status.PENDING);
    }

    public long deadCount() {
        return rows.countByStatus(OutboxCommand.Status.DEAD);
    }
}
