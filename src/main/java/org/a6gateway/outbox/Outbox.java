package org.a6gateway.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.a6gateway.jobs.TransitionRefused;
import org.a6gateway.ledger.Ledger;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Intake intake;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    Outbox(OutboxRows rows, Ledger ledger, Clock clock, Intake intake, ApplicationEventPublisher events, ObjectMapper json) {
        this.rows = rows;
        this.ledger = ledger;
        this.clock = clock;
        this.intake = intake;
        this.events = events;
        this.json = json;
    }

    /**
     * Enqueues in the caller's transaction; a command already enqueued (same key) is not enqueued
     * again, a rejected one included. A command of a kind {@link ApprovalRules} names waits as
     * proposed until an officer decides it. A newer decision on a subject supersedes the commands
     * on it not sent yet.
     */
    @Transactional
    public boolean enqueue(OutboxEntry entry) {
        return !intake.enqueue(List.of(entry)).isEmpty();
    }

    /** As {@link #enqueue} for each entry in turn; returns those enqueued, in their order. */
    @Transactional
    public List<OutboxEntry> enqueueAll(List<OutboxEntry> entries) {
        return intake.enqueue(entries);
    }

    /** The commands waiting for an officer's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxView> proposed() {
        return rows.findByStatusInOrderById(EnumSet.of(OutboxCommand.Status.PROPOSED)).stream().map(OutboxCommand::toView).toList();
    }

    /**
     * An officer's decision on proposed commands, all or none: approved ones go in line to be sent
     * at the next delivery, rejected ones never are; the ledger records who decided each and why.
     * An id that names no command, or one not proposed, refuses the whole decision.
     */
    @Transactional
    public List<OutboxView> decide(List<Long> ids, boolean approve, String who, String comment) {
        var decided = new ArrayList<OutboxView>();
        for (long id : ids.stream().distinct().toList()) {
            var command = rows.findById(id).orElseThrow(() -> new NoSuchCommand(id));
            ledger.append(command.decide(approve, who, comment, clock.instant()));
            if (!approve && Operations.REGISTER_PAIR.equals(command.operation())) {
                events.publishEvent(new PairRegistrationRejected(registration(command.payload())));
            }
            decided.add(command.toView());
        }
        return decided;
    }

    /**
     * Rejected commands reopened by an officer, all or none: each waits as proposed again for a new
     * decision, and a pair registration's pair stands again. An id that names no command answers
     * {@link NoSuchCommand}, one not rejected refuses the whole reopening.
     */
    @Transactional
    public List<OutboxView> reopen(List<Long> ids, String who, String comment) {
        var reopened = new ArrayList<OutboxView>();
        for (long id : ids.stream().distinct().toList()) {
            var command = rows.findById(id).orElseThrow(() -> new NoSuchCommand(id));
            ledger.append(command.reopen(who, comment, clock.instant()));
            if (Operations.REGISTER_PAIR.equals(command.operation())) {
                events.publishEvent(new PairRegistrationReopened(registration(command.payload())));
            }
            reopened.add(command.toView());
        }
        return reopened;
    }

    private ItmoCommands.PairRegistration registration(String payload) {
        try {
            return json.readValue(payload, ItmoCommands.PairRegistration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored pair registration cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public long proposedCount() {
        return rows.countByStatus(OutboxCommand.Status.PROPOSED);
    }

    /** The commands a sync run proposed that still wait for a decision. */
    public long proposedBy(long jobExecutionId) {
        return rows.countByStatusAndJobExecutionId(OutboxCommand.Status.PROPOSED, jobExecutionId);
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

    /**
     * The registries acknowledged these commands, in this order: they are done, and the ledger
     * says so, all in one transaction.
     */
    @Transactional
    void delivered(List<Acknowledgement> acknowledged) {
        var commands = new HashMap<Long, OutboxCommand>();
        rows.findAllById(acknowledged.stream().map(Acknowledgement::commandId).toList())
                .forEach(command -> commands.put(command.id(), command));
        ledger.appendAll(acknowledged.stream()
                .map(a -> commands.get(a.commandId()).delivered(a.at(), a.registryAnswer())).toList());
    }

    /** Now, by the clock the outbox records its times with. */
    Instant now() {
        return clock.instant();
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
     * {@code state} is one of {@link OutboxCommand.Status}.
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
