package org.a6gateway.itmo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "held_back")
class HeldBackRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recordKey;
    @Enumerated(EnumType.STRING)
    private HeldBack.Kind kind;
    private String subject;
    private String authorizationId;
    @Enumerated(EnumType.STRING)
    private HeldBackReason reason;
    private String detail;
    private Instant firstSeenAt;
    private Instant resolvedAt;

    protected HeldBackRow() {
    }

    HeldBackRow(String recordKey, HeldBack heldBack, Instant now) {
        this.recordKey = recordKey;
        this.kind = heldBack.kind();
        this.subject = cut(heldBack.subject(), 300);
        this.authorizationId = heldBack.authorizationId();
        this.reason = heldBack.reason();
        this.detail = cut(heldBack.detail(), 1000);
        this.firstSeenAt = now;
    }

    /** Seen again: it is open, or open again. */
    void seen() {
        resolvedAt = null;
    }

    void resolved(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
        }
    }

    boolean open() {
        return resolvedAt == null;
    }

    String recordKey() {
        return recordKey;
    }

    HeldBack.Kind kind() {
        return kind;
    }

    HeldBackReason reason() {
        return reason;
    }

    HeldBack toHeldBack() {
        return new HeldBack(kind, subject, authorizationId, reason, detail);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
