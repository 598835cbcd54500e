package org.a6gateway.outbox;

import org.a6gateway.store.ColumnWidth;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.a6gateway.jobs.TransitionRefused;
import org.a6gateway.ledger.LedgerEntry;

/** A command a job decided, waiting to be pushed to a registry (or delivered, or dead-lettered). */
@Entity
@Table(name = "outbox_command")
class OutboxCommand {

    /**
     * PROPOSED: waiting for a person's approval before it may be sent; REJECTED: refused by one,
     * never sent; SUPERSEDED: never delivered, and a newer decision on the same subject replaced it.
     */
    enum Status { PROPOSED, PENDING, DELIVERED, DEAD, SUPERSEDED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String idempotencyKey;
    private String registry;
    private String operation;
    private String subject;
    private String payload;
    private String cause;
    private String beforeState;
    private Long jobExecutionId;
    @Enumerated(EnumType.STRING)
    private CommandKind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private String lastError;
    private Instant createdAt;
    private Instant deliveredAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected OutboxCommand() {
    }

    OutboxCommand(OutboxEntry entry, boolean proposed, Instant now) {
        idempotencyKey = entry.idempotencyKey();
        registry = entry.registry();
        operation = entry.operation();
        subject = entry.subject();
        payload = entry.payload();
        cause = entry.cause();
        beforeState = entry.before() == null || entry.before().length() <= 1000 ? entry.before()
                : entry.before().substring(0, 1000);
        jobExecutionId = entry.jobExecutionId();
        kind = entry.kind();
        status = proposed ? Status.PROPOSED : Status.PENDING;
        createdAt = now;
    }

    OpenCommand toOpen() {
        return new OpenCommand(id, registry, operation, subject, payload, cause, createdAt);
    }

    PendingCommand toPending() {
        return new PendingCommand(id, idempotencyKey, registry, operation, subject, payload, cause, attempts);
    }

    DeliveredCommand toDelivered() {
        return new DeliveredCommand(id, registry, operation, payload);
    }

    OutboxView toView() {
        return new OutboxView(id, idempotencyKey, registry, operation, subject, cause, status.name(), attempts,
                lastError, createdAt, deliveredAt, kind.name(), decidedBy, decidedAt, decisionComment);
    }

    LedgerEntry delivered(Instant now, String after) {
        status = Status.DELIVERED;
        attempts++;
        deliveredAt = now;
        lastError = null;
        return new LedgerEntry(registry, operation, subject, cause, beforeState, after);
    }

    void failed(String error, boolean dead) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        status = dead ? Status.DEAD : Status.PENDING;
    }

    /** A command not delivered yet gives way to a newer decision on its subject; it is never sent. */
    void supersededBy(String newerKey) {
        status = Status.SUPERSEDED;
        lastError = "superseded by a newer decision on the same subject (command " + newerKey + ")";
    }

    /**
     * A person's decision on a proposed command: approved, it goes in line to be sent; rejected, it
     * never is. The ledger records who decided, when and why.
     */
    LedgerEntry decide(boolean approve, String who, String comment, Instant now) {
        if (status != Status.PROPOSED) {
            throw new TransitionRefused("command " + id + " is " + status + ", not proposed: only a proposed command is approved"
                    + " or rejected");
        }
        status = approve ? Status.PENDING : Status.REJECTED;
        decidedBy = ColumnWidth.fit(who, 200);
        decidedAt = now;
        decisionComment = comment == null || comment.isBlank() ? null : ColumnWidth.fit(comment.strip(), 1000);
        String why = (approve ? "approved by " : "rejected by ") + who + (decisionComment == null ? "" : ": " + decisionComment);
        return new LedgerEntry(registry, approve ? "COMMAND_APPROVED" : "COMMAND_REJECTED", subject, ColumnWidth.fit(why, 300),
                operation + " " + kind + ", proposed (" + ColumnWidth.fit(cause, 200) + ")", status.name());
    }

    /**
     * An officer reopens a rejected command: it waits as proposed again, undecided, for a new
     * decision. The ledger keeps the rejection and records who reopened it and why.
     */
    LedgerEntry reopen(String who, String comment, Instant now) {
        if (status != Status.REJECTED) {
            throw new TransitionRefused("command " + id + " is " + status + ", not rejected: only a rejected command is reopened");
        }
        status = Status.PROPOSED;
        decidedBy = null;
        decidedAt = null;
        decisionComment = null;
        String why = "reopened by " + who + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()) + " at " + now;
        return new LedgerEntry(registry, "COMMAND_REOPENED", subject, ColumnWidth.fit(why, 300),
                operation + " " + kind + ", rejected (" + ColumnWidth.fit(cause, 200) + ")", status.name());
    }

    Long id() {
        return id;
    }

    String registry() {
        return registry;
    }

    String subject() {
        return subject;
    }

    Status status() {
        return status;
    }

    String operation() {
        return operation;
    }

    String payload() {
        return payload;
    }


    boolean replay() {
        if (status != Status.DEAD) {
            return false;
        }
        status = Status.PENDING;
        attempts = 0;
        return true;
    }
}
