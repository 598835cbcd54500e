package org.a6gateway.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One change the gateway made on a registry; never updated, chained to the one before by hash. */
@Entity
@Table(name = "ledger_event")
class LedgerEvent {

    static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "sequence_no")
    private long sequence;
    private Instant occurredAt;
    private String registry;
    private String kind;
    private String subject;
    private String cause;
    private String beforeState;
    private String afterState;
    private String previousHash;
    private String hash;

    protected LedgerEvent() {
    }

    LedgerEvent(long sequence, Instant occurredAt, LedgerEntry entry, String previousHash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.registry = entry.registry();
        this.kind = entry.kind();
        this.subject = entry.subject();
        this.cause = entry.cause();
        this.beforeState = entry.before();
        this.afterState = entry.after();
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    long sequence() {
        return sequence;
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    LedgerRecord toRecord() {
        return new LedgerRecord(sequence, occurredAt, registry, kind, subject, cause, beforeState, afterState, previousHash, hash);
    }

    /** The hash the row's content gives now; differs from {@link #hash()} once anyone edited it. */
    String computeHash() {
        String content = String.join("\u001f", Long.toString(sequence), occurredAt.toString(), registry, kind, subject,
                cause, String.valueOf(beforeState), String.valueOf(afterState), previousHash);
        return Sha256.hex(content);
    }
}
