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

    HeldBack.Kind kind() {
        return kind;
    }

    HeldBackReason reason() {
        return reason;
    }

    HeldBack toHeldBack() {
        return new HeldBack(kind, subject, authorizationId, reason, detail);
    }
}
